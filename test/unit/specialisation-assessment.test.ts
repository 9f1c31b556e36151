import {
  AssessmentCaseStatus as S,
  checkRevisit,
  checkSettle,
  checkSubmission,
  levelToConfirm,
  statusAfterSubmission,
} from '../../server/src/modules/assessment/assessment-case-state';
import { evaluate, evaluationCounts } from '../../server/src/modules/assessment/evaluation-arithmetic';
import { formatRate, renderEvaluationHtml } from '../../server/src/modules/assessment/evaluation-report-html';

describe('the assessment case state machine', () => {
  it('takes one assessment per assessor and two in all, and only while awaiting', () => {
    expect(checkSubmission(S.AWAITING_ASSESSMENTS, [], 'a')).toEqual({ ok: true, value: undefined });
    const one = [{ assessorId: 'a', level: 2 }];
    expect(checkSubmission(S.AWAITING_ASSESSMENTS, one, 'a')).toEqual({
      ok: false,
      refusal: 'ALREADY_ASSESSED',
    });
    expect(checkSubmission(S.AWAITING_ASSESSMENTS, one, 'b').ok).toBe(true);
    const two = [...one, { assessorId: 'b', level: 2 }];
    expect(checkSubmission(S.AGREED, two, 'c')).toEqual({ ok: false, refusal: 'CASE_FULL' });
    expect(checkSubmission(S.PLACED, [], 'c')).toEqual({ ok: false, refusal: 'CASE_CLOSED' });
  });

  it('agrees on the same level and disagrees otherwise, once both are in', () => {
    expect(statusAfterSubmission([{ level: 3 }])).toBe(S.AWAITING_ASSESSMENTS);
    expect(statusAfterSubmission([{ level: 3 }, { level: 3 }])).toBe(S.AGREED);
    expect(statusAfterSubmission([{ level: 1 }, { level: 3 }])).toBe(S.DISAGREED);
  });

  it('settles only a disagreement', () => {
    expect(checkSettle(S.DISAGREED)).toEqual({ ok: true, value: S.SETTLED });
    for (const status of [S.AWAITING_ASSESSMENTS, S.AGREED, S.SETTLED, S.PLACED, S.SUPERSEDED])
      expect(checkSettle(status)).toEqual({ ok: false, refusal: 'NOT_DISAGREED' });
  });

  it('confirms the agreed or the settled level, nothing else', () => {
    const pair = [{ level: 2 }, { level: 2 }];
    expect(levelToConfirm({ status: S.AGREED, settledLevel: null }, pair)).toEqual({ ok: true, value: 2 });
    expect(levelToConfirm({ status: S.SETTLED, settledLevel: 3 }, [{ level: 1 }, { level: 3 }])).toEqual({
      ok: true,
      value: 3,
    });
    for (const status of [S.AWAITING_ASSESSMENTS, S.DISAGREED, S.PLACED, S.SUPERSEDED])
      expect(levelToConfirm({ status, settledLevel: null }, pair).ok).toBe(false);
  });

  it('revisits only a placed offer without an open case, with the next sequence', () => {
    expect(checkRevisit(false, [])).toEqual({ ok: false, refusal: 'NO_PLACEMENT' });
    expect(checkRevisit(true, [{ status: S.PLACED, sequence: 1 }])).toEqual({ ok: true, value: 2 });
    expect(
      checkRevisit(true, [
        { status: S.PLACED, sequence: 1 },
        { status: S.AWAITING_ASSESSMENTS, sequence: 2 },
      ]),
    ).toEqual({ ok: false, refusal: 'CASE_OPEN' });
  });
});

describe('the agreement-rate arithmetic', () => {
  const offer = (offerId: string, targetGroupId: string) => ({ offerId, targetGroupId });
  const kase = (caseId: string, offerId: string, targetGroupId: string, status: S, levels: number[]) => ({
    caseId,
    offerId,
    targetGroupId,
    status,
    levels,
  });
  // Group A: 4 offers. o1 placed at 2 (agreed), o2 disagreed (open), o3 settled then placed at 3 and
  // revisited (second case agreed on 3), o4 awaiting with one assessment. Group B: 1 offer, nothing yet.
  const offers = [offer('o1', 'A'), offer('o2', 'A'), offer('o3', 'A'), offer('o4', 'A'), offer('o5', 'B')];
  const cases = [
    kase('c1', 'o1', 'A', S.PLACED, [2, 2]),
    kase('c2', 'o2', 'A', S.DISAGREED, [1, 2]),
    kase('c3', 'o3', 'A', S.PLACED, [2, 3]),
    kase('c4', 'o3', 'A', S.AGREED, [3, 3]),
    kase('c5', 'o4', 'A', S.AWAITING_ASSESSMENTS, [1]),
  ];
  const placements = [
    { offerId: 'o1', targetGroupId: 'A', level: 2 },
    { offerId: 'o3', targetGroupId: 'A', level: 3 },
  ];

  it('counts offers, assessed, placed per level, pairs, agreements and open disagreements', () => {
    expect(evaluationCounts(offers.slice(0, 4), cases, placements)).toEqual({
      offers: 4,
      assessed: 3,
      placed: 2,
      placedPerLevel: [0, 1, 1],
      pairs: 4,
      agreements: 2,
      agreementRate: 0.5,
      openDisagreements: 1,
    });
  });

  it('gives no rate without pairs, and the total rate from the summed counts (not the mean of rates)', () => {
    const moreB = [...cases, kase('c6', 'o5', 'B', S.AGREED, [1, 1])];
    const { perGroup, total } = evaluate(['A', 'B'], offers, moreB, placements);
    expect(perGroup.map((g) => g.counts.agreementRate)).toEqual([0.5, 1]);
    expect(total).toMatchObject({ offers: 5, pairs: 5, agreements: 3, agreementRate: 0.6 });
    expect(evaluate(['A', 'B'], offers, cases, placements).perGroup[1].counts).toMatchObject({
      pairs: 0,
      agreements: 0,
      agreementRate: null,
      placedPerLevel: [0, 0, 0],
    });
  });

  it('formats a rate with a Danish decimal comma', () => {
    expect(formatRate(2 / 3)).toBe('66,7 %');
    expect(formatRate(1)).toBe('100 %');
    expect(formatRate(null)).toBe('–');
  });
});

describe('the evaluation report HTML', () => {
  it('escapes every user-written text', () => {
    const counts = evaluationCounts([], [], []);
    const html = renderEvaluationHtml({
      projectTitle: 'Model <script>alert(1)</script>',
      generatedAt: new Date('2021-04-01T10:00:00Z'),
      groups: [{ name: 'Autisme & "andet"', counts }],
      total: counts,
      notes: [
        { authorName: "O'Brien <b>", body: 'Første\n\n<img src=x onerror=alert(1)>', createdAt: new Date() },
      ],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Model &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Autisme &amp; &quot;andet&quot;');
    expect(html).toContain('O&#39;Brien &lt;b&gt;');
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });
});
