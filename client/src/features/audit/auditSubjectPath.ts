/** Where the thing an audit event is about can be seen now, or null when it has no page (or is gone). */
export function auditSubjectPath(
  event: { action: string; subjectType: string; subjectId: string | null; details: Record<string, unknown> },
  projectId: string,
): string | null {
  const id = event.subjectId;
  if (!id || event.action.endsWith('.deleted')) return null;
  const chapterId = typeof event.details.chapterId === 'string' ? event.details.chapterId : null;
  const offerId = typeof event.details.offerId === 'string' ? event.details.offerId : null;
  switch (event.subjectType) {
    case 'Chapter':
      return `/chapters/${id}`;
    case 'Document':
      return event.action === 'document.approving_organizations_set'
        ? `/documents/${id}/approving-organizations`
        : `/documents/${id}/editions`;
    case 'Edition':
      return `/editions/${id}`;
    case 'ReviewRound':
      return `/rounds/${id}`;
    case 'Membership':
      return `/projects/${projectId}/members`;
    case 'Comment':
      return chapterId ? `/chapters/${chapterId}` : null;
    case 'ChapterVersion':
      return `/versions/${id}`;
    case 'TargetGroup':
      return `/target-groups/${id}`;
    case 'Provider':
      return `/providers/${id}`;
    case 'Offer':
      return `/offers/${id}`;
    case 'AssessmentCase':
      return offerId ? `/offers/${offerId}` : null;
    case 'EvaluationNote':
      return `/projects/${projectId}/evaluation`;
    case 'Project':
      return event.action === 'providers.imported'
        ? `/projects/${projectId}/providers`
        : `/projects/${projectId}`;
    default:
      return null;
  }
}
