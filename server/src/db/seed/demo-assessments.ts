import type { EntityManager } from 'typeorm';
import { AssessmentCaseStatus } from '../../modules/assessment/assessment-case-state';
import { AssessmentCase } from '../../modules/assessment/assessment-case.entity';
import { Assessment } from '../../modules/assessment/assessment.entity';
import { EvaluationNote } from '../../modules/assessment/evaluation-note.entity';
import { Placement } from '../../modules/assessment/placement.entity';

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

/** Plausible rationales per level (the demo's specialists write in Danish). */
const RATIONALE: Record<number, string[]> = {
  1: [
    'Borgerne har afgrænsede støttebehov, som tilbuddets generelle socialfaglige kompetencer dækker. Der er ikke behov for specialiseret viden ud over det almindelige.',
    'Indsatsen leveres af medarbejdere med grunduddannelse og adgang til sparring; målgruppens behov er stabile og forudsigelige.',
  ],
  2: [
    'Tilbuddet arbejder med borgere med sammensatte behov og har medarbejdere med specialiseret viden om målgruppen samt fast tværfagligt samarbejde med kommunen.',
    'Der er behov for specialiserede metoder og efteruddannede medarbejdere, men ikke for højt specialiseret viden eller landsdækkende funktioner.',
  ],
  3: [
    'Borgerne har komplekse og sjældne behov, der kræver højt specialiseret viden, døgndækning med særligt uddannet personale og tæt samarbejde med regionale specialfunktioner.',
    'Tilbuddet har landsdækkende erfaring med målgruppen, forsker i egne metoder og rådgiver andre tilbud: kendetegnene for niveau 3 er opfyldt.',
  ],
};

type Plan = 'PLACED' | 'AWAITING' | 'DISAGREED' | 'SETTLED' | 'AGREED' | 'REVISIT';
/**
 * The first four already show every state (the revisit is a placed case plus a new one awaiting its second
 * assessment), so a group with four offers has them all; more offers get a plain placed and a plain awaiting
 * one, and any beyond stay unassessed.
 */
const PLANS: Plan[] = ['REVISIT', 'DISAGREED', 'SETTLED', 'AGREED', 'PLACED', 'AWAITING'];

/**
 * The specialisation project's assessments, after demo-specialisation seeded
 * target groups, specialists and providers with offers: per target group a
 * revisit under way (the old placement in force, the new case awaiting its
 * second assessment), a disagreement, a settled one and an agreed one awaiting
 * confirmation, then (offers permitting) a placed one and one awaiting its
 * second assessment, by the group's two specialists; plus two evaluation
 * notes. Does nothing if those are missing.
 */
export async function seedDemoAssessments(em: EntityManager): Promise<void> {
  const [project]: { id: string }[] = await em.query(
    `SELECT id FROM project WHERE kind = 'SPECIALISATION' ORDER BY "createdAt", id LIMIT 1`,
  );
  if (!project) return;
  const [coordinator]: { userId: string }[] = await em.query(
    `SELECT m."userId" FROM membership m JOIN app_user u ON u.id = m."userId"
      WHERE m."projectId" = $1 AND m.role = 'COORDINATOR' ORDER BY u.email LIMIT 1`,
    [project.id],
  );
  if (!coordinator) return;
  const groups: { id: string }[] = await em.query(
    'SELECT id FROM target_group WHERE "projectId" = $1 ORDER BY "createdAt", name',
    [project.id],
  );
  let caseCount = 0;
  for (const [g, group] of groups.entries()) {
    const specialists: { userId: string }[] = await em.query(
      `SELECT m."userId" FROM specialist s JOIN membership m ON m.id = s."membershipId"
         JOIN app_user u ON u.id = m."userId"
        WHERE s."targetGroupId" = $1 AND m.role IN ('AUTHOR', 'COORDINATOR') ORDER BY m.role DESC, u.email`,
      [group.id],
    );
    if (specialists.length < 2) continue;
    const [first, second] = specialists.map((s) => s.userId);
    const offers: { id: string }[] = await em.query(
      'SELECT id FROM offer WHERE "targetGroupId" = $1 ORDER BY name, id',
      [group.id],
    );
    for (const [i, offer] of offers.slice(0, PLANS.length).entries()) {
      const plan = PLANS[i];
      // Varied but fixed levels, so each group's numbers differ a little.
      const level = 1 + ((g + i) % 3);
      const other = level === 3 ? 2 : level + 1;
      const start = 40 - i * 5;
      const base = { projectId: project.id, offerId: offer.id, targetGroupId: group.id };
      const kase = await em.getRepository(AssessmentCase).save(
        em.getRepository(AssessmentCase).create({
          ...base,
          sequence: 1,
          status: AssessmentCaseStatus.AWAITING_ASSESSMENTS,
          createdAt: daysAgo(start),
        }),
      );
      caseCount++;
      const assess = (caseId: string, assessorId: string, lvl: number, day: number, variant = 0) =>
        em.getRepository(Assessment).insert({
          caseId,
          assessorId,
          level: lvl,
          rationale: RATIONALE[lvl][variant % 2],
          submittedAt: daysAgo(day),
        });
      await assess(kase.id, first, level, start - 1);
      if (plan === 'AWAITING') continue;
      const disagree = plan === 'DISAGREED' || plan === 'SETTLED';
      await assess(kase.id, second, disagree ? other : level, start - 2, 1);
      kase.status = disagree ? AssessmentCaseStatus.DISAGREED : AssessmentCaseStatus.AGREED;
      if (plan === 'SETTLED') {
        Object.assign(kase, {
          status: AssessmentCaseStatus.SETTLED,
          settledLevel: other,
          settledRationale:
            'Drøftet i specialistgruppen med kriterierne for begge niveauer ved siden af: tilbuddets døgndækning og samarbejde med specialfunktioner taler for det højeste af de to.',
          settledById: first,
          settledAt: daysAgo(start - 3),
        });
      }
      if (plan === 'PLACED' || plan === 'REVISIT') {
        const confirmedAt = daysAgo(start - 3);
        Object.assign(kase, {
          status: AssessmentCaseStatus.PLACED,
          placedLevel: level,
          confirmedById: coordinator.userId,
          confirmedAt,
        });
        await em.getRepository(AssessmentCase).save(kase);
        await em.getRepository(Placement).insert({
          ...base,
          caseId: kase.id,
          level,
          confirmedById: coordinator.userId,
          confirmedAt,
        });
      } else {
        await em.getRepository(AssessmentCase).save(kase);
      }
      if (plan === 'REVISIT') {
        const revisit = await em.getRepository(AssessmentCase).save(
          em.getRepository(AssessmentCase).create({
            ...base,
            sequence: 2,
            status: AssessmentCaseStatus.AWAITING_ASSESSMENTS,
            openedReason:
              'Tilbuddet har udvidet med en skærmet enhed og nye medarbejderkompetencer; indplaceringen vurderes igen.',
            openedById: coordinator.userId,
            createdAt: daysAgo(3),
          }),
        );
        caseCount++;
        await assess(revisit.id, second, level === 3 ? 3 : level + 1, 2);
      }
    }
  }
  if (caseCount === 0) return;
  const [author]: { userId: string }[] = await em.query(
    `SELECT m."userId" FROM membership m JOIN app_user u ON u.id = m."userId"
      WHERE m."projectId" = $1 AND m.role = 'AUTHOR' ORDER BY u.email LIMIT 1`,
    [project.id],
  );
  await em.getRepository(EvaluationNote).insert([
    {
      projectId: project.id,
      authorId: coordinator.userId,
      body: 'Første gennemgang: specialistgrupperne oplever, at kriterierne for niveau 1 er lette at bruge, mens grænsen mellem niveau 2 og 3 kræver drøftelse. Uenighederne er afklaret på gruppemøderne.',
      createdAt: daysAgo(10),
    },
    {
      projectId: project.id,
      authorId: author?.userId ?? coordinator.userId,
      body: 'Forslag til evalueringen i foråret 2021: saml eksempler på tilbud, hvor vurderingerne var uenige, og brug dem til at skærpe beskrivelsen af niveau 2 og 3 i målgruppebeskrivelserne.',
      createdAt: daysAgo(2),
    },
  ]);
}
