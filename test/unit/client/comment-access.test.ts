import { commentAccess } from '../../../client/src/features/review/commentAccess';

const round = (id: string, isOpen: boolean, chapterIds: string[], organizationIds: string[]) => ({
  id,
  isOpen,
  chapterIds,
  organizationIds,
});

describe('whether the sidebar offers the comment form (mirroring the server rule)', () => {
  const rounds = [round('closed', false, ['c1'], ['org']), round('open', true, ['c1'], ['org'])];

  it('lets the working group comment outside any round', () => {
    expect(commentAccess('AUTHOR', true, 'c1', 'org', [])).toEqual({ may: true, roundId: null });
  });

  it('lets a reviewer comment only in an open round that includes the chapter and their organisation', () => {
    expect(commentAccess('REVIEWER', false, 'c1', 'org', rounds)).toEqual({ may: true, roundId: 'open' });
    expect(commentAccess('REVIEWER', false, 'c1', 'org', [rounds[0]])).toEqual({
      may: false,
      reason: 'noOpenRound',
    });
    expect(commentAccess('REVIEWER', false, 'c2', 'org', rounds)).toEqual({
      may: false,
      reason: 'chapterNotInRound',
    });
    expect(commentAccess('REVIEWER', false, 'c1', 'other', rounds)).toEqual({
      may: false,
      reason: 'notOnHearingList',
    });
  });

  it('never lets an observer comment', () => {
    expect(commentAccess('OBSERVER', false, 'c1', 'org', rounds)).toEqual({ may: false, reason: 'observer' });
  });
});
