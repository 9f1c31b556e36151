/**
 * How the audit log's events read, in Danish and English: one wording for the log page and the CSV export,
 * so the file a coordinator downloads says what the page says.
 */

type Labels = Record<string, string>;

interface Wording {
  actions: Labels;
  subjects: Labels;
  reasons: Labels;
  statuses: Labels;
  roles: Labels;
  detail: Labels;
  csv: Labels;
}

const da: Wording = {
  actions: {
    'chapter.status_changed': 'Status ændret',
    'approval.given': 'Godkendt',
    'approval.changes_requested': 'Ændringer ønsket',
    'approval.dismissed': 'Godkendelse forældet',
    'document.approving_organizations_set': 'Godkendende organisationer ændret',
    'edition.published': 'Udgave udgivet',
    'edition.revision_started': 'Revision påbegyndt',
    'member.added': 'Medlem tilføjet',
    'member.changed': 'Medlem ændret',
    'member.removed': 'Medlem fjernet',
    'version.created': 'Version gemt',
    'version.restored': 'Version gendannet',
    'comment.deleted': 'Kommentar slettet',
    'proposal.accepted': 'Ændringsforslag accepteret',
    'proposal.rejected': 'Ændringsforslag afvist',
    'suggestions.accepted': 'Rettelsesforslag accepteret',
    'suggestions.rejected': 'Rettelsesforslag afvist',
    'review-round.opened': 'Høringsrunde åbnet',
    'review-round.extended': 'Høringsfrist forlænget',
    'review-round.closed': 'Høringsrunde lukket',
    'targetGroup.created': 'Målgruppe oprettet',
    'targetGroup.specialistsSet': 'Specialistgruppe ændret',
    'criterion.saved': 'Kriterier gemt',
    'provider.created': 'Leverandør oprettet',
    'provider.updated': 'Leverandør ændret',
    'provider.deleted': 'Leverandør slettet',
    'providers.imported': 'Leverandører importeret',
    'offer.created': 'Tilbud oprettet',
    'offer.deleted': 'Tilbud slettet',
    'assessment.submitted': 'Vurdering afgivet',
    'assessment-case.agreed': 'Vurderinger enige',
    'assessment-case.disagreed': 'Vurderinger uenige',
    'assessment-case.settled': 'Uenighed afgjort',
    'placement.confirmed': 'Indplacering bekræftet',
    'placement.revisited': 'Indplacering genåbnet',
    'evaluation-note.added': 'Evalueringsnote tilføjet',
    'notat.draft-created': 'Høringsnotat påbegyndt',
    'notat.edited': 'Høringsnotat redigeret',
    'notat.finalised': 'Høringsnotat færdiggjort',
    'notat.no-remarks': 'Høringssvar uden bemærkninger registreret',
    'notat.response-registered': 'Høringssvar registreret',
  },
  subjects: {
    Chapter: 'Kapitel',
    Document: 'Dokument',
    Membership: 'Medlem',
    Edition: 'Udgave',
    ChapterVersion: 'Version',
    Comment: 'Kommentar',
    ReviewRound: 'Høringsrunde',
    TargetGroup: 'Målgruppe',
    Provider: 'Leverandør',
    Offer: 'Tilbud',
    AssessmentCase: 'Vurderingssag',
    EvaluationNote: 'Evalueringsnote',
    Project: 'Projekt',
  },
  reasons: {
    CONTENT_CHANGED: 'teksten er ændret',
    REVIEW_ROUND_OPENED: 'høringsrunde åbnet',
    REVIEW_ROUND_CLOSED: 'høringsrunde lukket',
    REVISION_STARTED: 'revision påbegyndt',
    APPROVAL_INCOMPLETE: 'ikke længere godkendt af alle',
    ALL_APPROVED: 'godkendt af alle',
    CASE_CLOSED: 'sagen er afsluttet',
  },
  statuses: {
    DRAFT: 'Kladde',
    IN_REVIEW: 'I høring',
    REVISION: 'Under revision',
    AWAITING_APPROVAL: 'Afventer godkendelse',
    APPROVED: 'Godkendt',
    PUBLISHED: 'Udgivet',
  },
  roles: {
    COORDINATOR: 'Koordinator',
    AUTHOR: 'Arbejdsgruppe',
    REVIEWER: 'Referencegruppe',
    OBSERVER: 'Observatør',
  },
  detail: {
    automatic: 'automatisk',
    reason: 'Begrundelse: {reason}',
    organization: 'Organisation: {name}',
    organizations: 'Organisationer: {names}',
    defaultOrganizations: 'standard (organisationer med en godkender)',
    member: 'Medlem: {name}',
    role: 'Rolle: {role}',
    approver: 'godkender',
    notApprover: 'ikke godkender',
    edition: 'Udgave {number}',
    name: 'Navn: {name}',
    chapter: 'Kapitel: {name}',
    chapters: 'Kapitler: {names}',
    deadline: 'Frist: {date}',
    early: 'lukket før fristen',
    publicationDate: 'Udgivelsesdato: {date}',
    text: 'Tekst: “{text}”',
    proposer: 'Foreslået af: {name}',
    approvedBy: 'Godkendt af: {name}',
    count: 'Antal: {count}',
    level: 'Niveau {level}',
    imported: '{imported} importeret, {rejected} afvist',
    targetGroup: 'Målgruppe: {name}',
    offer: 'Tilbud: {name}',
    unknown: 'ukendt',
  },
  csv: {
    at: 'Tidspunkt (dansk tid)',
    actor: 'Hvem',
    action: 'Handling',
    subjectType: 'Om',
    subjectName: 'Navn',
    details: 'Detaljer',
    ip: 'Fra adresse',
    system: 'Samskriv (automatisk)',
  },
};

const en: Wording = {
  actions: {
    'chapter.status_changed': 'Status changed',
    'approval.given': 'Approved',
    'approval.changes_requested': 'Changes requested',
    'approval.dismissed': 'Approval stale',
    'document.approving_organizations_set': 'Approving organisations changed',
    'edition.published': 'Edition published',
    'edition.revision_started': 'Revision started',
    'member.added': 'Member added',
    'member.changed': 'Member changed',
    'member.removed': 'Member removed',
    'version.created': 'Version saved',
    'version.restored': 'Version restored',
    'comment.deleted': 'Comment deleted',
    'proposal.accepted': 'Proposal accepted',
    'proposal.rejected': 'Proposal rejected',
    'suggestions.accepted': 'Suggested changes accepted',
    'suggestions.rejected': 'Suggested changes rejected',
    'review-round.opened': 'Review round opened',
    'review-round.extended': 'Review deadline extended',
    'review-round.closed': 'Review round closed',
    'targetGroup.created': 'Target group created',
    'targetGroup.specialistsSet': 'Specialist group changed',
    'criterion.saved': 'Criteria saved',
    'provider.created': 'Provider created',
    'provider.updated': 'Provider changed',
    'provider.deleted': 'Provider deleted',
    'providers.imported': 'Providers imported',
    'offer.created': 'Offer created',
    'offer.deleted': 'Offer deleted',
    'assessment.submitted': 'Assessment submitted',
    'assessment-case.agreed': 'Assessments agree',
    'assessment-case.disagreed': 'Assessments disagree',
    'assessment-case.settled': 'Disagreement settled',
    'placement.confirmed': 'Placement confirmed',
    'placement.revisited': 'Placement reopened',
    'evaluation-note.added': 'Evaluation note added',
    'notat.draft-created': 'Consultation report started',
    'notat.edited': 'Consultation report edited',
    'notat.finalised': 'Consultation report finalised',
    'notat.no-remarks': 'Response without remarks registered',
    'notat.response-registered': 'Consultation response registered',
  },
  subjects: {
    Chapter: 'Chapter',
    Document: 'Document',
    Membership: 'Member',
    Edition: 'Edition',
    ChapterVersion: 'Version',
    Comment: 'Comment',
    ReviewRound: 'Review round',
    TargetGroup: 'Target group',
    Provider: 'Provider',
    Offer: 'Offer',
    AssessmentCase: 'Assessment case',
    EvaluationNote: 'Evaluation note',
    Project: 'Project',
  },
  reasons: {
    CONTENT_CHANGED: 'the text changed',
    REVIEW_ROUND_OPENED: 'review round opened',
    REVIEW_ROUND_CLOSED: 'review round closed',
    REVISION_STARTED: 'revision started',
    APPROVAL_INCOMPLETE: 'no longer approved by all',
    ALL_APPROVED: 'approved by all',
    CASE_CLOSED: 'the case is closed',
  },
  statuses: {
    DRAFT: 'Draft',
    IN_REVIEW: 'In review',
    REVISION: 'In revision',
    AWAITING_APPROVAL: 'Awaiting approval',
    APPROVED: 'Approved',
    PUBLISHED: 'Published',
  },
  roles: {
    COORDINATOR: 'Coordinator',
    AUTHOR: 'Working group',
    REVIEWER: 'Reference group',
    OBSERVER: 'Observer',
  },
  detail: {
    automatic: 'automatic',
    reason: 'Reason: {reason}',
    organization: 'Organisation: {name}',
    organizations: 'Organisations: {names}',
    defaultOrganizations: 'default (organisations with an approver)',
    member: 'Member: {name}',
    role: 'Role: {role}',
    approver: 'approver',
    notApprover: 'not approver',
    edition: 'Edition {number}',
    name: 'Name: {name}',
    chapter: 'Chapter: {name}',
    chapters: 'Chapters: {names}',
    deadline: 'Deadline: {date}',
    early: 'closed before the deadline',
    publicationDate: 'Publication date: {date}',
    text: 'Text: “{text}”',
    proposer: 'Proposed by: {name}',
    approvedBy: 'Approved by: {name}',
    count: 'Number: {count}',
    level: 'Level {level}',
    imported: '{imported} imported, {rejected} rejected',
    targetGroup: 'Target group: {name}',
    offer: 'Offer: {name}',
    unknown: 'unknown',
  },
  csv: {
    at: 'Time (Danish time)',
    actor: 'Who',
    action: 'Action',
    subjectType: 'About',
    subjectName: 'Name',
    details: 'Details',
    ip: 'From address',
    system: 'Samskriv (automatic)',
  },
};

export type AuditLanguage = 'da' | 'en';

export interface DescribableAuditEvent {
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
}

export interface AuditDescription {
  action: string;
  subjectType: string;
  /** The subject's name now; for a member, the person (also once removed). */
  subjectName: string | null;
  details: string;
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** Headers and fixed words of the CSV export. */
export const auditCsvWords = (lang: AuditLanguage) => (lang === 'en' ? en : da).csv;

/** Dates in details are ISO: day, month and year in the reader's language, with the time where there is one. */
function formatDate(iso: string, lang: AuditLanguage): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short', timeZone: 'Europe/Copenhagen' }),
  }).format(date);
}

/**
 * An event in words: what happened, to what, and its details as a sentence (never raw JSON). `name` gives
 * what an id in the event is called now (people, organisations, chapters, rounds …), or undefined.
 */
export function describeAuditEvent(
  event: DescribableAuditEvent,
  lang: AuditLanguage,
  name: (id: string) => string | undefined,
): AuditDescription {
  const w = lang === 'en' ? en : da;
  const d = event.details;
  const t = (key: string, values: Record<string, string | number> = {}) => fill(w.detail[key], values);
  const named = (id: unknown) => (typeof id === 'string' ? (name(id) ?? w.detail.unknown) : w.detail.unknown);
  const list = (ids: unknown) => (Array.isArray(ids) ? ids.map(named).join(', ') : '');
  const parts: string[] = [];

  const from = str(d.from);
  const to = str(d.to);
  if (event.action === 'chapter.status_changed' && from && to)
    parts.push(`${w.statuses[from] ?? from} → ${w.statuses[to] ?? to}`);
  if (event.action === 'review-round.extended' && from && to)
    parts.push(`${formatDate(from, lang)} → ${formatDate(to, lang)}`);
  if (event.action === 'member.changed' && d.from && d.to && typeof d.from === 'object') {
    const before = d.from as Record<string, unknown>;
    const after = d.to as Record<string, unknown>;
    const role = (r: unknown) => (typeof r === 'string' ? (w.roles[r] ?? r) : '');
    const approver = (a: unknown) => (a === true ? w.detail.approver : w.detail.notApprover);
    if (before.role !== after.role) parts.push(`${role(before.role)} → ${role(after.role)}`);
    if (before.isApprover !== after.isApprover)
      parts.push(`${approver(before.isApprover)} → ${approver(after.isApprover)}`);
  }
  if (d.automatic === true) parts.push(w.detail.automatic);
  if (d.early === true) parts.push(w.detail.early);
  if (str(d.organizationId)) parts.push(t('organization', { name: named(d.organizationId) }));
  if (event.subjectType !== 'Membership' && str(d.userId)) parts.push(t('member', { name: named(d.userId) }));
  if (str(d.role)) parts.push(t('role', { role: w.roles[str(d.role)!] ?? str(d.role)! }));
  if (d.isApprover === true) parts.push(w.detail.approver);
  if (typeof d.number === 'number') parts.push(t('edition', { number: d.number }));
  if (str(d.publicationDate))
    parts.push(t('publicationDate', { date: formatDate(str(d.publicationDate)!, lang) }));
  if (str(d.deadline)) parts.push(t('deadline', { date: formatDate(str(d.deadline)!, lang) }));
  if (Array.isArray(d.chapterIds)) parts.push(t('chapters', { names: list(d.chapterIds) }));
  if (Array.isArray(d.organizationIds)) parts.push(t('organizations', { names: list(d.organizationIds) }));
  if (event.action === 'document.approving_organizations_set')
    parts.push(
      d.default === true ? w.detail.defaultOrganizations : t('organizations', { names: list(d.after) }),
    );
  if (event.subjectType === 'Comment' && str(d.chapterId))
    parts.push(t('chapter', { name: named(d.chapterId) }));
  if (str(d.proposerId)) parts.push(t('proposer', { name: named(d.proposerId) }));
  if (str(d.approvedById)) parts.push(t('approvedBy', { name: named(d.approvedById) }));
  if (str(d.targetGroupId) && event.subjectType !== 'TargetGroup')
    parts.push(t('targetGroup', { name: named(d.targetGroupId) }));
  if (str(d.name)) parts.push(t('name', { name: str(d.name)! }));
  if (typeof d.level === 'number' && event.action !== 'assessment.submitted')
    parts.push(t('level', { level: d.level }));
  if (typeof d.imported === 'number')
    parts.push(t('imported', { imported: d.imported, rejected: Number(d.rejected ?? 0) }));
  if (Array.isArray(d.suggestionIds)) parts.push(t('count', { count: d.suggestionIds.length }));
  if (str(d.text)) parts.push(t('text', { text: str(d.text)! }));
  const reason = str(d.reason);
  if (reason) parts.push(t('reason', { reason: w.reasons[reason] ?? reason }));

  const subjectName =
    event.subjectType === 'Membership'
      ? (name(str(d.userId) ?? '') ?? (event.subjectId ? (name(event.subjectId) ?? null) : null))
      : event.subjectId
        ? (name(event.subjectId) ?? null)
        : null;
  return {
    action: w.actions[event.action] ?? event.action,
    subjectType: w.subjects[event.subjectType] ?? event.subjectType,
    subjectName,
    details: parts.join(' · '),
  };
}

/** Every action the wording knows, for the test that no recorded action goes unworded. */
export const AUDIT_ACTIONS = Object.keys(da.actions);
