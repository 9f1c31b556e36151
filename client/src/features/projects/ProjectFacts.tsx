import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../lib/format';
import type { ResultOf } from '../../lib/graphql';
import { projectKindKey } from '../../lib/labels';
import type { PROJECT } from './operations';

type Project = ResultOf<typeof PROJECT>['project'];

/** The project's description as a definition list; empty facts say so instead of vanishing. */
export function ProjectFacts({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const notSet = <span className="text-muted">{t('common.notSet')}</span>;
  const text = (value: string) => (value.trim() ? <span className="prewrap">{value}</span> : notSet);
  const contact = [project.contactName, project.contactOffice, project.contactPhone].filter((v) => v.trim());

  return (
    <dl className="facts">
      <dt>{t('project.kind')}</dt>
      <dd>{t(projectKindKey(project.kind))}</dd>
      <dt>{t('project.period')}</dt>
      <dd>{formatPeriod(project.periodStart, project.periodEnd, i18n.language) ?? notSet}</dd>
      <dt>{t('project.targetGroup')}</dt>
      <dd>{text(project.targetGroup)}</dd>
      <dt>{t('project.purpose')}</dt>
      <dd>{text(project.purpose)}</dd>
      <dt>{t('project.background')}</dt>
      <dd>{text(project.background)}</dd>
      <dt>{t('project.partners')}</dt>
      <dd>{text(project.partners)}</dd>
      <dt>{t('project.funding')}</dt>
      <dd>{text(project.funding)}</dd>
      <dt>{t('project.contact')}</dt>
      <dd>{contact.length ? contact.join(', ') : notSet}</dd>
    </dl>
  );
}
