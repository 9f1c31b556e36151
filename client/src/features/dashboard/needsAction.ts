/** A chapter needs someone to act: in revision, awaiting approval, or with changes requested or a stale approval. */
export function needsAction(chapter: { status: string; approvals: readonly { state: string }[] }): boolean {
  if (chapter.status === 'REVISION' || chapter.status === 'AWAITING_APPROVAL') return true;
  return chapter.approvals.some((a) => a.state === 'CHANGES_REQUESTED' || a.state === 'STALE');
}

export { inApprovalPhase } from '../approvals/labels';
