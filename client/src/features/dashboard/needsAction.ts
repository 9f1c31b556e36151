import { readFragment, type FragmentOf } from '../../lib/graphql';
import { APPROVAL_FIELDS } from '../approvals/approval.fragments';

/** A chapter needs someone to act: in revision, awaiting approval, or with changes requested or a stale approval. */
export function needsAction(chapter: {
  status: string;
  approvals: readonly FragmentOf<typeof APPROVAL_FIELDS>[];
}): boolean {
  if (chapter.status === 'REVISION' || chapter.status === 'AWAITING_APPROVAL') return true;
  return readFragment(APPROVAL_FIELDS, chapter.approvals).some(
    (a) => a.state === 'CHANGES_REQUESTED' || a.state === 'STALE',
  );
}

export { inApprovalPhase } from '../approvals/labels';
