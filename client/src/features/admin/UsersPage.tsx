import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { readFragment } from '../../lib/graphql';
import { useMe } from '../auth/useMe';
import { AdminNav } from './AdminNav';
import { InviteUserForm } from './InviteUserForm';
import { ADMIN_ORGANIZATIONS, USERS } from './operations';
import { ORGANIZATION_FIELDS } from './organization.fragments';
import { USER_FIELDS } from './UserRow.fragments';
import { UserRow } from './UserRow';

/** System admins invite people and set their organisation and system-admin flag. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.users.title'));
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(USERS, { fetchPolicy: 'cache-and-network' });
  const orgs = useQuery(ADMIN_ORGANIZATIONS);
  const organizations = orgs.data && readFragment(ORGANIZATION_FIELDS, orgs.data.organizations);
  const [message, setMessage] = useState('');
  const [rowError, setRowError] = useState<unknown>(null);

  return (
    <>
      <Breadcrumbs
        items={[{ label: t('admin.title'), to: '/admin/organizations' }, { label: t('admin.users.title') }]}
      />
      <h1>{t('admin.users.title')}</h1>
      <AdminNav />
      <p className="font-lead">{t('admin.users.intro')}</p>
      {/* The server refuses non-admins with FORBIDDEN even if the page is reached some other way. */}
      <ErrorAlert error={error} overrides={{ FORBIDDEN: 'admin.forbidden' }} />

      <InviteUserForm onInvited={() => refetch()} />

      <section aria-labelledby="user-list-heading" className="mt-8">
        <h2 id="user-list-heading">{t('admin.users.listHeading')}</h2>
        <ErrorAlert error={rowError} overrides={{ CONFLICT: 'admin.users.ownAdmin' }} />
        <p role="status" className="status-line">
          {message}
        </p>
        {loading && !data && <Loading />}
        {data && (
          <div className="table--responsive-scroll">
            <table className="table table--zebra members-table">
              <caption className="visually-hidden">{t('admin.users.listHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('members.name')}</th>
                  <th scope="col">{t('members.organization')}</th>
                  <th scope="col">{t('admin.users.systemAdminShort')}</th>
                  <th scope="col">{t('admin.users.startProjectsShort')}</th>
                  <th scope="col">{t('admin.users.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.users.map((ref) => {
                  const u = readFragment(USER_FIELDS, ref);
                  return (
                    <UserRow
                      key={u.id}
                      user={ref}
                      isMe={u.id === me?.id}
                      organizations={organizations ?? [u.organization]}
                      onResult={({ message: text, error: e }) => {
                        setRowError(e ?? null);
                        setMessage(text ?? '');
                      }}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
