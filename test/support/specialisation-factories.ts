import type { TestUser } from './factories';
import { addMembership, buildProvider, buildSpecialisationProject, buildUser, validCvr } from './factories';
import type { TestServer } from './server';

/** The case fields the assessment tests read. */
export const CASE_FIELDS = `id offerId sequence status openedReason submittedCount viewerCan { assess }
  settledLevel settledRationale settledBy { id } settledAt placedLevel confirmedBy { id } confirmedAt
  myAssessment { id level rationale assessor { id } }
  assessments { id level rationale assessor { id } }`;

export const SUBMIT = `mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { ${CASE_FIELDS} } }`;
export const SETTLE = `mutation($input: SettleDisagreementInput!) { settleDisagreement(input: $input) { ${CASE_FIELDS} } }`;
export const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { ${CASE_FIELDS} } }`;
export const REVISIT = `mutation($input: RevisitPlacementInput!) { revisitPlacement(input: $input) { ${CASE_FIELDS} } }`;
export const CASE = `query($id: UUID!) { assessmentCase(id: $id) { ${CASE_FIELDS} } }`;

export const submit = (
  user: TestUser,
  offerId: string,
  level: number,
  rationale = `Niveau ${level}, fordi …`,
) => user.client.gql(SUBMIT, { input: { offerId, level, rationale } });

/** Submits and returns the case, failing the test on errors. */
export async function submitOk(user: TestUser, offerId: string, level: number) {
  const { submitAssessment } = await user.client.ok(SUBMIT, {
    input: { offerId, level, rationale: `Niveau ${level}, fordi …` },
  });
  return submitAssessment as { id: string; status: string; submittedCount: number };
}

/**
 * A specialisation project with the factory's two target groups (two specialists each) and one
 * provider offering one offer to each group (`offers` more per group when asked).
 */
export async function buildAssessmentProject(server: TestServer, fields: { specialists?: number } = {}) {
  const project = await buildSpecialisationProject(server, { specialists: fields.specialists ?? 2 });
  const [a, b] = project.groups;
  const provider = await buildProvider(server, project.id, {
    name: 'Bostedet Lyngly',
    cvr: validCvr(),
    offers: [
      { targetGroupId: a.id, name: 'Botilbud' },
      { targetGroupId: b.id, name: 'Dagtilbud' },
    ],
  });
  return { project, a, b, provider, offerA: provider.offerIds[0], offerB: provider.offerIds[1] };
}

/** A coordinator who is also in a group's specialist group (they may assess that group's offers). */
export async function coordinatorSpecialist(server: TestServer, projectId: string, targetGroupId: string) {
  const user = await buildUser(server, { name: 'Koordinator og specialist' });
  const membershipId = await addMembership(server, projectId, user.id, 'COORDINATOR');
  await server.db.query('INSERT INTO specialist ("targetGroupId", "membershipId") VALUES ($1, $2)', [
    targetGroupId,
    membershipId,
  ]);
  return user;
}
