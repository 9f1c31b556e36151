import { canAssessment, visibleAssessments } from '../../server/src/modules/assessment/assessment.policy';

// The entity module's decorators need the compiled server's type metadata; this test needs only the enum.
jest.mock('../../server/src/modules/projects/membership.entity', () => ({
  Role: { COORDINATOR: 'COORDINATOR', AUTHOR: 'AUTHOR', REVIEWER: 'REVIEWER', OBSERVER: 'OBSERVER' },
}));

type Role = 'COORDINATOR' | 'AUTHOR' | 'REVIEWER' | 'OBSERVER';
// The mocked enum's values are these strings.
const member = (role: Role) => ({ role }) as Parameters<typeof canAssessment>[0];

describe('who sees which assessments (independence)', () => {
  const first = { id: 'x', assessorId: 'u1', level: 1 };
  const second = { id: 'y', assessorId: 'u2', level: 3 };

  it('shows only one’s own before both are in, to everyone including coordinators', () => {
    expect(visibleAssessments(member('AUTHOR'), ['G'], 'G', 'u1', [first])).toEqual([first]);
    expect(visibleAssessments(member('AUTHOR'), ['G'], 'G', 'u2', [first])).toEqual([]);
    expect(visibleAssessments(member('COORDINATOR'), [], 'G', 'c', [first])).toEqual([]);
  });

  it('shows both once both are in, to coordinators and the group’s specialists only', () => {
    const both = [first, second];
    expect(visibleAssessments(member('COORDINATOR'), [], 'G', 'c', both)).toEqual(both);
    expect(visibleAssessments(member('AUTHOR'), ['G'], 'G', 'u3', both)).toEqual(both);
    expect(visibleAssessments(member('AUTHOR'), ['H'], 'G', 'u3', both)).toEqual([]);
    expect(visibleAssessments(member('AUTHOR'), [], 'G', 'u3', both)).toEqual([]);
    expect(visibleAssessments(member('REVIEWER'), ['G'], 'G', 'u1', both)).toEqual([]);
    expect(visibleAssessments(member('OBSERVER'), [], 'G', 'o', both)).toEqual([]);
    expect(visibleAssessments(null, [], 'G', 'u1', both)).toEqual([]);
  });

  it('lets only coordinators confirm, and coordinators and authors evaluate', () => {
    expect(canAssessment(member('COORDINATOR'), [], 'confirm', 'G')).toBe(true);
    expect(canAssessment(member('AUTHOR'), ['G'], 'confirm', 'G')).toBe(false);
    expect(canAssessment(member('AUTHOR'), [], 'evaluate')).toBe(true);
    expect(canAssessment(member('REVIEWER'), [], 'evaluate')).toBe(false);
    expect(canAssessment(member('COORDINATOR'), [], 'assess', 'G')).toBe(false);
    expect(canAssessment(member('COORDINATOR'), ['G'], 'assess', 'G')).toBe(true);
  });
});
