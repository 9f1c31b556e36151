import { parseProviderType, parseRegion } from '../../server/src/modules/catalogue/provider-csv';
import { canEditChapterText } from '../../server/src/modules/documents/document.policy';
import { canAssessment } from '../../server/src/modules/assessment/assessment.policy';
import { canCatalogue } from '../../server/src/modules/catalogue/catalogue.policy';

// The entity modules' decorators need the compiled server's type metadata; these tests need only their enums.
jest.mock('../../server/src/modules/projects/membership.entity', () => ({
  Role: { COORDINATOR: 'COORDINATOR', AUTHOR: 'AUTHOR', REVIEWER: 'REVIEWER', OBSERVER: 'OBSERVER' },
}));
jest.mock('../../server/src/modules/catalogue/provider.entity', () => ({
  DanishRegion: {
    HOVEDSTADEN: 'HOVEDSTADEN',
    SJAELLAND: 'SJAELLAND',
    SYDDANMARK: 'SYDDANMARK',
    MIDTJYLLAND: 'MIDTJYLLAND',
    NORDJYLLAND: 'NORDJYLLAND',
  },
  ProviderType: {
    MUNICIPAL: 'MUNICIPAL',
    REGIONAL: 'REGIONAL',
    PRIVATE: 'PRIVATE',
    SELF_OWNING: 'SELF_OWNING',
  },
}));

const Role = {
  COORDINATOR: 'COORDINATOR',
  AUTHOR: 'AUTHOR',
  REVIEWER: 'REVIEWER',
  OBSERVER: 'OBSERVER',
} as const;
type Role = import('../../server/src/modules/projects/membership.entity').Role;
const member = (role: string) => ({ role: role as Role, isApprover: false });
const G = 'group-g';
const H = 'group-h';

describe('specialisation policy', () => {
  it('lets coordinators and G’s specialists save G’s criteria and settle in G; nobody else', () => {
    const rules = [
      (m: Parameters<typeof canCatalogue>[0], groups: string[]) =>
        canCatalogue(m, groups, 'saveCriterion', G),
      (m: Parameters<typeof canAssessment>[0], groups: string[]) => canAssessment(m, groups, 'settle', G),
    ];
    for (const may of rules) {
      expect(may(member(Role.COORDINATOR), [])).toBe(true);
      expect(may(member(Role.AUTHOR), [G])).toBe(true);
      expect(may(member(Role.AUTHOR), [H])).toBe(false);
      expect(may(member(Role.AUTHOR), [])).toBe(false);
      expect(may(member(Role.REVIEWER), [G])).toBe(false);
      expect(may(member(Role.OBSERVER), [G])).toBe(false);
      expect(may(null, [G])).toBe(false);
    }
  });

  it('lets only G’s specialists assess G, a coordinator only when also one', () => {
    expect(canAssessment(member(Role.AUTHOR), [G], 'assess', G)).toBe(true);
    expect(canAssessment(member(Role.COORDINATOR), [G], 'assess', G)).toBe(true);
    expect(canAssessment(member(Role.COORDINATOR), [], 'assess', G)).toBe(false);
    expect(canAssessment(member(Role.AUTHOR), [H], 'assess', G)).toBe(false);
    expect(canAssessment(member(Role.REVIEWER), [G], 'assess', G)).toBe(false);
  });

  it('keeps managing for coordinators, evaluation for the working group, reading for every member', () => {
    expect(canCatalogue(member(Role.COORDINATOR), [], 'manage')).toBe(true);
    expect(canCatalogue(member(Role.AUTHOR), [G], 'manage')).toBe(false);
    expect(canAssessment(member(Role.AUTHOR), [], 'evaluate')).toBe(true);
    expect(canAssessment(member(Role.REVIEWER), [], 'evaluate')).toBe(false);
    expect(canCatalogue(member(Role.OBSERVER), [], 'read')).toBe(true);
    expect(canCatalogue(undefined, [], 'read')).toBe(false);
  });

  it('scopes text editing: a specialist edits only their groups’ documents, the general working group all', () => {
    expect(canEditChapterText(member(Role.AUTHOR), ['doc-g'], 'doc-g')).toBe(true);
    expect(canEditChapterText(member(Role.AUTHOR), ['doc-g'], 'doc-h')).toBe(false);
    expect(canEditChapterText(member(Role.AUTHOR), ['doc-g', 'doc-h'], 'doc-h')).toBe(true);
    expect(canEditChapterText(member(Role.AUTHOR), [], 'doc-h')).toBe(true);
    expect(canEditChapterText(member(Role.COORDINATOR), ['doc-g'], 'doc-h')).toBe(true);
    expect(canEditChapterText(member(Role.REVIEWER), [], 'doc-h')).toBe(false);
    expect(canEditChapterText(member(Role.OBSERVER), ['doc-h'], 'doc-h')).toBe(false);
    expect(canEditChapterText(null, [], 'doc-h')).toBe(false);
  });
});

describe('CSV words', () => {
  it('reads regions and provider types in Danish, as enum names, with any case and a "Region" prefix', () => {
    expect(parseRegion('Sjælland')).toBe('SJAELLAND');
    expect(parseRegion('sjaelland')).toBe('SJAELLAND');
    expect(parseRegion('Region Hovedstaden')).toBe('HOVEDSTADEN');
    expect(parseRegion('MIDTJYLLAND')).toBe('MIDTJYLLAND');
    expect(parseRegion('Sja\u0308lland'.normalize('NFD'))).toBe(null); // "ä" is not "æ"
    expect(parseRegion('Bornholm')).toBe(null);
    expect(parseProviderType('Selvejende')).toBe('SELF_OWNING');
    expect(parseProviderType('PRIVATE')).toBe('PRIVATE');
    expect(parseProviderType('statslig')).toBe(null);
  });
});
