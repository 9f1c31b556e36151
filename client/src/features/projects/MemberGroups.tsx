import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_FIELDS } from '../../lib/fragments';
import { readFragment, type ResultOf } from '../../lib/graphql';
import { roleGroupKey } from '../../lib/labels';
import type { PROJECT } from './operations';

type Groups = ResultOf<typeof PROJECT>['project']['memberGroups'];

/** Members by role (Koordinator, Arbejdsgruppe, …) and then by organisation. */
export function MemberGroups({ groups }: { groups: Groups }) {
  const { t } = useTranslation();
  const nonEmpty = groups.filter((g) => g.organizations.some((o) => o.members.length > 0));
  if (nonEmpty.length === 0) return <p>{t('members.none')}</p>;
  return (
    <div className="member-groups">
      {nonEmpty.map((group) => {
        const count = group.organizations.reduce((n, o) => n + o.members.length, 0);
        return (
          <section key={group.role} className="member-group" aria-labelledby={`group-${group.role}`}>
            <h3 id={`group-${group.role}`}>
              {t(roleGroupKey(group.role))} <span className="count">({count})</span>
            </h3>
            {group.organizations.map((org) => (
              <div key={org.organization.id} className="member-org">
                <h4>{org.organization.name}</h4>
                <ul className="nobullet-list member-names">
                  {readFragment(MEMBERSHIP_FIELDS, org.members).map((m) => (
                    <li key={m.id}>
                      {m.user.name}
                      {m.isApprover && (
                        <>
                          {' '}
                          <span className="badge badge-success">{t('members.approver')}</span>
                        </>
                      )}
                      {!m.user.isActive && (
                        <>
                          {' '}
                          <span className="badge badge-warning">{t('members.invited')}</span>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
