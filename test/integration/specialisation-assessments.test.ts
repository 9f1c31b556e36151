import { errorCode } from '../support/api';
import { buildUser, type TestUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';
import {
  buildAssessmentProject,
  CASE,
  CONFIRM,
  coordinatorSpecialist,
  REVISIT,
  SETTLE,
  submit,
  submitOk,
} from '../support/specialisation-factories';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const AUDIT = `query($projectId: UUID!) { auditLog(projectId: $projectId, limit: 100) { items { action subjectId details } } }`;

const assessmentRows = async (offerId: string) =>
  Number(
    (
      await server.db.query(
        'SELECT count(*) AS n FROM assessment a JOIN assessment_case c ON c.id = a."caseId" WHERE c."offerId" = $1',
        [offerId],
      )
    ).rows[0].n,
  );

describe('who may assess', () => {
  it('lets only the specialists of the offer’s target group assess it', async () => {
    const { project, a, b, offerA } = await buildAssessmentProject(server);
    // A specialist of another group, the general working group, a coordinator outside the group,
    // a reviewer and an observer may not; a non-member does not even learn the offer exists.
    for (const user of [
      b.specialists[0],
      project.author,
      project.coordinator,
      project.reviewer,
      project.observer,
    ])
      expect(errorCode(await submit(user, offerA, 2))).toBe('FORBIDDEN');
    expect(errorCode(await submit(project.outsider, offerA, 2))).toBe('NOT_FOUND');
    expect(await assessmentRows(offerA)).toBe(0);
    const kase = await submitOk(a.specialists[0], offerA, 2);
    expect(kase).toMatchObject({ status: 'AWAITING_ASSESSMENTS', submittedCount: 1 });
    // A coordinator who is in the group's specialist group assesses like any specialist.
    const both = await coordinatorSpecialist(server, project.id, a.id);
    expect((await submitOk(both, offerA, 2)).status).toBe('AGREED');
  });

  it('validates level and rationale', async () => {
    const { a, offerA } = await buildAssessmentProject(server);
    const tooHigh = await submit(a.specialists[0], offerA, 4);
    expect(tooHigh.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
    const blank = await submit(a.specialists[0], offerA, 2, '   ');
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    const long = await submit(a.specialists[0], offerA, 2, 'x'.repeat(5001));
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    const unknown = await submit(a.specialists[0], '00000000-0000-4000-8000-000000000000', 2);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(await assessmentRows(offerA)).toBe(0);
  });
});

describe('independence', () => {
  it('shows nobody another’s level or rationale before both are in, not even a coordinator', async () => {
    const { project, a, offerA } = await buildAssessmentProject(server);
    const [first, second] = a.specialists;
    const kase = await submitOk(first, offerA, 3);
    const view = async (user: TestUser) => (await user.client.ok(CASE, { id: kase.id })).assessmentCase;

    const own = await view(first);
    expect(own.assessments).toHaveLength(1);
    expect(own.myAssessment).toMatchObject({ level: 3, assessor: { id: first.id } });
    expect(own.viewerCan.assess).toBe(false);

    const other = await view(second);
    expect(other).toMatchObject({
      submittedCount: 1,
      assessments: [],
      myAssessment: null,
      viewerCan: { assess: true },
    });
    const coordinator = await view(project.coordinator);
    expect(coordinator).toMatchObject({ submittedCount: 1, assessments: [], myAssessment: null });
    expect(coordinator.viewerCan.assess).toBe(false);
    for (const user of [project.author, project.reviewer, project.observer])
      expect((await view(user)).assessments).toEqual([]);
    expect(errorCode(await project.outsider.client.gql(CASE, { id: kase.id }))).toBe('NOT_FOUND');
    // Nor through the audit log, which coordinators read.
    const early = JSON.stringify(
      (await project.coordinator.client.ok(AUDIT, { projectId: project.id })).auditLog.items,
    );
    expect(early).toContain('assessment.submitted');
    expect(early).not.toMatch(/"level"|Niveau 3/);

    await submitOk(second, offerA, 1);
    for (const user of [first, second, project.coordinator]) {
      const after = await view(user);
      expect(after.status).toBe('DISAGREED');
      expect(after.assessments.map((x: { level: number }) => x.level)).toEqual([3, 1]);
    }
    // Reviewers, observers and the general working group never see the contents.
    for (const user of [project.author, project.reviewer, project.observer])
      expect((await view(user)).assessments).toEqual([]);
  });
});

describe('at most two assessments, one per assessor', () => {
  it('refuses a second assessment by the same specialist and a third one', async () => {
    const { a, offerA } = await buildAssessmentProject(server, { specialists: 3 });
    const [first, second, third] = a.specialists;
    await submitOk(first, offerA, 2);
    expect(errorCode(await submit(first, offerA, 3))).toBe('CONFLICT');
    expect((await submitOk(second, offerA, 2)).status).toBe('AGREED');
    expect(errorCode(await submit(third, offerA, 2))).toBe('CONFLICT');
    expect(await assessmentRows(offerA)).toBe(2);
  });

  it('makes exactly two when three specialists submit at the same moment', async () => {
    const { a, offerA } = await buildAssessmentProject(server, { specialists: 3 });
    const results = await Promise.all(a.specialists.map((s, i) => submit(s, offerA, 1 + i)));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(2);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['CONFLICT']);
    expect(await assessmentRows(offerA)).toBe(2);
    const cases = await server.db.query('SELECT status FROM assessment_case WHERE "offerId" = $1', [offerA]);
    expect(cases.rows).toEqual([{ status: 'DISAGREED' }]);
  });
});

describe('settling, confirming and revisiting', () => {
  it('settles only a disagreement, by a coordinator or the group’s specialists', async () => {
    const { project, a, b, offerA, offerB } = await buildAssessmentProject(server);
    // An AGREED case is not settled.
    const agreed = await submitOk(b.specialists[0], offerB, 2);
    await submitOk(b.specialists[1], offerB, 2);
    const input = { caseId: agreed.id, level: 2, rationale: 'Enige' };
    expect(errorCode(await project.coordinator.client.gql(SETTLE, { input }))).toBe('CONFLICT');

    const kase = await submitOk(a.specialists[0], offerA, 1);
    const early = { caseId: kase.id, level: 2, rationale: 'For tidligt' };
    expect(errorCode(await project.coordinator.client.gql(SETTLE, { input: early }))).toBe('CONFLICT');
    await submitOk(a.specialists[1], offerA, 3);
    const settle = { caseId: kase.id, level: 2, rationale: 'Drøftet på mødet: niveau 2' };
    for (const user of [b.specialists[0], project.author, project.reviewer, project.observer])
      expect(errorCode(await user.client.gql(SETTLE, { input: settle }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(SETTLE, { input: settle }))).toBe('NOT_FOUND');
    const { settleDisagreement } = await a.specialists[0].client.ok(SETTLE, { input: settle });
    expect(settleDisagreement).toMatchObject({
      status: 'SETTLED',
      settledLevel: 2,
      settledRationale: 'Drøftet på mødet: niveau 2',
      settledBy: { id: a.specialists[0].id },
    });
    expect(settleDisagreement.settledAt).toBeTruthy();
    // The settlement's rationale is for those who see the assessments; the level is for every member.
    const reviewerView = (await project.reviewer.client.ok(CASE, { id: kase.id })).assessmentCase;
    expect(reviewerView).toMatchObject({ settledLevel: 2, settledRationale: null });
    // Settled once.
    expect(errorCode(await project.coordinator.client.gql(SETTLE, { input: settle }))).toBe('CONFLICT');
  });

  it('confirms only AGREED or SETTLED cases, by a coordinator only', async () => {
    const { project, a, b, offerA, offerB } = await buildAssessmentProject(server);
    const awaiting = await submitOk(a.specialists[0], offerA, 3);
    const input = { caseId: awaiting.id };
    expect(errorCode(await project.coordinator.client.gql(CONFIRM, { input }))).toBe('CONFLICT');
    await submitOk(a.specialists[1], offerA, 1);
    expect(errorCode(await project.coordinator.client.gql(CONFIRM, { input }))).toBe('CONFLICT'); // DISAGREED
    await project.coordinator.client.ok(SETTLE, {
      input: { caseId: awaiting.id, level: 3, rationale: 'Niveau 3' },
    });
    for (const user of [a.specialists[0], project.author, project.reviewer, project.observer])
      expect(errorCode(await user.client.gql(CONFIRM, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(CONFIRM, { input }))).toBe('NOT_FOUND');
    const { confirmPlacement } = await project.coordinator.client.ok(CONFIRM, { input });
    expect(confirmPlacement).toMatchObject({
      status: 'PLACED',
      placedLevel: 3,
      confirmedBy: { id: project.coordinator.id },
    });
    expect(errorCode(await project.coordinator.client.gql(CONFIRM, { input }))).toBe('CONFLICT');

    const agreed = await submitOk(b.specialists[0], offerB, 1);
    await submitOk(b.specialists[1], offerB, 1);
    const placed = await project.coordinator.client.ok(CONFIRM, { input: { caseId: agreed.id } });
    expect(placed.confirmPlacement).toMatchObject({ status: 'PLACED', placedLevel: 1 });
    // A placed offer takes no new assessment until it is revisited.
    expect(errorCode(await submit(b.specialists[0], offerB, 2))).toBe('CONFLICT');
    const placements = await server.db.query(
      'SELECT level FROM placement WHERE "offerId" = ANY($1) ORDER BY level',
      [[offerA, offerB]],
    );
    expect(placements.rows).toEqual([{ level: 1 }, { level: 3 }]);
  });

  it('revisits a placement with history, keeping the old one in force until the new one is confirmed', async () => {
    const { project, a, offerA } = await buildAssessmentProject(server);
    const [first, second] = a.specialists;
    const revisit = { offerId: offerA, reason: 'Tilbuddet har fået ny målgruppe' };
    expect(errorCode(await project.coordinator.client.gql(REVISIT, { input: revisit }))).toBe('CONFLICT');
    const one = await submitOk(first, offerA, 2);
    await submitOk(second, offerA, 2);
    await project.coordinator.client.ok(CONFIRM, { input: { caseId: one.id } });

    for (const user of [first, project.author, project.reviewer])
      expect(errorCode(await user.client.gql(REVISIT, { input: revisit }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(REVISIT, { input: revisit }))).toBe('NOT_FOUND');
    const blank = await project.coordinator.client.gql(REVISIT, { input: { ...revisit, reason: ' ' } });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const { revisitPlacement } = await project.coordinator.client.ok(REVISIT, { input: revisit });
    expect(revisitPlacement).toMatchObject({
      sequence: 2,
      status: 'AWAITING_ASSESSMENTS',
      openedReason: 'Tilbuddet har fået ny målgruppe',
      submittedCount: 0,
    });
    expect(errorCode(await project.coordinator.client.gql(REVISIT, { input: revisit }))).toBe('CONFLICT');

    // The old case keeps its assessments and its placement, which stays in force.
    const old = (await project.coordinator.client.ok(CASE, { id: one.id })).assessmentCase;
    expect(old).toMatchObject({ status: 'PLACED', placedLevel: 2, sequence: 1 });
    expect(old.assessments).toHaveLength(2);
    const inForce = async () =>
      (
        await server.db.query(
          `SELECT level FROM placement WHERE "offerId" = $1 ORDER BY "confirmedAt" DESC, id DESC LIMIT 1`,
          [offerA],
        )
      ).rows[0].level;
    const OFFER = `query($id: UUID!) { offer(id: $id) {
      placement { level caseId confirmedBy { id } } currentCase { id sequence status } cases { sequence } } }`;
    const offer = async () => (await project.reviewer.client.ok(OFFER, { id: offerA })).offer;
    expect(await offer()).toEqual({
      placement: { level: 2, caseId: one.id, confirmedBy: { id: project.coordinator.id } },
      currentCase: { id: revisitPlacement.id, sequence: 2, status: 'AWAITING_ASSESSMENTS' },
      cases: [{ sequence: 2 }, { sequence: 1 }],
    });
    const newCase = await submitOk(first, offerA, 3);
    expect(newCase.id).toBe(revisitPlacement.id);
    await submitOk(second, offerA, 3);
    expect(await inForce()).toBe(2);
    await project.coordinator.client.ok(CONFIRM, { input: { caseId: newCase.id } });
    expect(await inForce()).toBe(3);
    expect((await offer()).placement).toMatchObject({ level: 3, caseId: newCase.id });

    // Entries of one transaction share `at` (now()); within it, the submission comes before the status change.
    const audit = await server.db.query(
      `SELECT action FROM audit_event WHERE "subjectType" = 'AssessmentCase' AND "projectId" = $1 ORDER BY at, action DESC`,
      [project.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'assessment.submitted',
      'assessment.submitted',
      'assessment-case.agreed',
      'placement.confirmed',
      'placement.revisited',
      'assessment.submitted',
      'assessment.submitted',
      'assessment-case.agreed',
      'placement.confirmed',
    ]);
  });

  it('writes the audit entry in the same transaction as the change', async () => {
    const { a, offerA } = await buildAssessmentProject(server);
    const kase = await submitOk(a.specialists[0], offerA, 2);
    const { rows } = await server.db.query(
      `SELECT (SELECT xmin::text FROM assessment_case WHERE id = $1) AS c,
              (SELECT xmin::text FROM audit_event WHERE "subjectId" = $1 AND action = 'assessment.submitted') AS e`,
      [kase.id],
    );
    expect(rows[0].c).toBe(rows[0].e);
  });
});

describe('history is kept', () => {
  it('refuses deleting an assessed offer or its provider (CONFLICT); an unassessed offer goes', async () => {
    const { project, a, provider, offerA, offerB } = await buildAssessmentProject(server);
    await submitOk(a.specialists[0], offerA, 2);
    const client = project.coordinator.client;
    expect(errorCode(await client.gql('mutation($id: UUID!) { deleteOffer(id: $id) }', { id: offerA }))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(await client.gql('mutation($id: UUID!) { deleteProvider(id: $id) }', { id: provider.id })),
    ).toBe('CONFLICT');
    expect(await assessmentRows(offerA)).toBe(1);
    await client.ok('mutation($id: UUID!) { deleteOffer(id: $id) }', { id: offerB });
  });
});

describe('non-members', () => {
  it('get NOT_FOUND for a case, even a logged-in stranger', async () => {
    const { a, offerA } = await buildAssessmentProject(server);
    const kase = await submitOk(a.specialists[0], offerA, 2);
    const stranger = await buildUser(server);
    expect(errorCode(await stranger.client.gql(CASE, { id: kase.id }))).toBe('NOT_FOUND');
  });
});

describe('live events', () => {
  const EVENTS = `subscription($projectId: UUID!) { specialisationEvents(projectId: $projectId) {
    type projectId targetGroupId offerId caseId } }`;
  const REMOVE = 'mutation($id: UUID!) { removeMember(id: $id) }';

  it('delivers ASSESSMENT_SUBMITTED and the placement events to members, nothing to a removed member', async () => {
    const { project, a, offerA } = await buildAssessmentProject(server);
    const observerWs = subscriptionClient(server.url, project.observer.client.cookie);
    const reviewerWs = subscriptionClient(server.url, project.reviewer.client.cookie);
    try {
      const member = collect(observerWs, EVENTS, { projectId: project.id });
      const removed = collect(reviewerWs, EVENTS, { projectId: project.id });
      await started(server, member, removed);
      const first = await submitOk(a.specialists[0], offerA, 2);
      await member.waitFor(1);
      await removed.waitFor(1);
      expect(member.received[0].data.specialisationEvents).toEqual({
        type: 'ASSESSMENT_SUBMITTED',
        projectId: project.id,
        targetGroupId: a.id,
        offerId: offerA,
        caseId: first.id,
      });
      await project.coordinator.client.ok(REMOVE, { id: project.membershipIds.reviewer });
      await submitOk(a.specialists[1], offerA, 2);
      await project.coordinator.client.ok(CONFIRM, { input: { caseId: first.id } });
      await project.coordinator.client.ok(REVISIT, { input: { offerId: offerA, reason: 'Ny viden' } });
      await member.waitFor(4);
      expect(member.received.map((r) => r.data.specialisationEvents.type)).toEqual([
        'ASSESSMENT_SUBMITTED',
        'ASSESSMENT_SUBMITTED',
        'PLACEMENT_CONFIRMED',
        'PLACEMENT_REVISITED',
      ]);
      // An event never carries a level or a rationale.
      expect(JSON.stringify(member.received)).not.toMatch(/level|rationale/i);
      // The same events went to both streams at once: by the time the member has all four, the removed
      // member's stream has judged them too.
      expect(removed.received).toHaveLength(1);
      member.dispose();
      removed.dispose();
    } finally {
      await observerWs.dispose();
      await reviewerWs.dispose();
    }
  });

  it('tells members when a disagreement is settled', async () => {
    const { project, a, offerA } = await buildAssessmentProject(server);
    const ws = subscriptionClient(server.url, project.author.client.cookie);
    try {
      const kase = await submitOk(a.specialists[0], offerA, 1);
      const events = collect(ws, EVENTS, { projectId: project.id });
      await started(server, events);
      await submitOk(a.specialists[1], offerA, 3);
      await events.waitFor(1);
      await project.coordinator.client.ok(SETTLE, {
        input: { caseId: kase.id, level: 2, rationale: 'Niveau 2' },
      });
      await events.waitFor(2);
      expect(events.received.map((r) => r.data.specialisationEvents.type)).toEqual([
        'ASSESSMENT_SUBMITTED',
        'CASE_SETTLED',
      ]);
      events.dispose();
    } finally {
      await ws.dispose();
    }
  });
});
