/** Wording and styling of approval states; the keys live in the approvals namespace. */
export type ApprovalStateCode = 'APPROVED' | 'CHANGES_REQUESTED' | 'STALE' | 'PENDING';

export const approvalStateKey = (state: string) => `state.${state}`;

const stateClass: Record<string, string> = {
  APPROVED: 'approval-state approval-state--approved',
  CHANGES_REQUESTED: 'approval-state approval-state--changes',
  STALE: 'approval-state approval-state--stale',
  PENDING: 'approval-state approval-state--pending',
};
export const approvalStateClass = (state: string) => stateClass[state] ?? 'approval-state';

/** A symbol beside the word, so the state does not rest on colour alone (hidden from screen readers). */
const stateSymbol: Record<string, string> = {
  APPROVED: '✓',
  CHANGES_REQUESTED: '!',
  STALE: '↺',
  PENDING: '…',
};
export const approvalStateSymbol = (state: string) => stateSymbol[state] ?? '';

/** Only a chapter in the approval phase waits for anyone; elsewhere "pending" means "not asked yet". */
export const inApprovalPhase = (status: string) => status === 'AWAITING_APPROVAL' || status === 'APPROVED';
