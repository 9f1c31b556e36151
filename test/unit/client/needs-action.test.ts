import { inApprovalPhase, needsAction } from '../../../client/src/features/dashboard/needsAction';

const chapter = (status: string, ...states: string[]) => ({
  status,
  approvals: states.map((state) => ({ state })),
});

describe('the dashboard filter "only chapters that need action"', () => {
  it('keeps chapters in revision or awaiting approval', () => {
    expect(needsAction(chapter('REVISION'))).toBe(true);
    expect(needsAction(chapter('AWAITING_APPROVAL', 'PENDING'))).toBe(true);
  });

  it('keeps a chapter with changes requested or a stale approval, whatever its status', () => {
    expect(needsAction(chapter('DRAFT', 'APPROVED', 'CHANGES_REQUESTED'))).toBe(true);
    expect(needsAction(chapter('APPROVED', 'STALE'))).toBe(true);
  });

  it('leaves out drafts, chapters in review, approved and published chapters that wait for nobody', () => {
    expect(needsAction(chapter('DRAFT'))).toBe(false);
    expect(needsAction(chapter('IN_REVIEW', 'PENDING'))).toBe(false);
    expect(needsAction(chapter('APPROVED', 'APPROVED', 'APPROVED'))).toBe(false);
    expect(needsAction(chapter('PUBLISHED', 'APPROVED'))).toBe(false);
  });

  it('counts only awaiting approval and approved as the approval phase', () => {
    expect(
      ['DRAFT', 'IN_REVIEW', 'REVISION', 'AWAITING_APPROVAL', 'APPROVED', 'PUBLISHED'].filter(
        inApprovalPhase,
      ),
    ).toEqual(['AWAITING_APPROVAL', 'APPROVED']);
  });
});
