import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { readFragment } from '../../lib/graphql';
import { AdminNav } from './AdminNav';
import { organizationKindKey } from './labels';
import { ADMIN_ORGANIZATIONS } from './operations';
import { ORGANIZATION_FIELDS } from './organization.fragments';
import { OrganizationForm } from './OrganizationForm';

/** System admins list, create and rename the organisations people belong to. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.organizations.title'));
  const { data, loading, error, refetch } = useQuery(ADMIN_ORGANIZATIONS, {
    fetchPolicy: 'cache-and-network',
  });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const formRef = useRef<HTMLDivElement>(null);
  const organizations = data ? readFragment(ORGANIZATION_FIELDS, data.organizations) : [];
  const editing = data?.organizations.find((o) => readFragment(ORGANIZATION_FIELDS, o).id === editingId);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('admin.title'), to: '/admin/organizations' },
          { label: t('admin.organizations.title') },
        ]}
      />
      <h1>{t('admin.organizations.title')}</h1>
      <AdminNav />
      <p className="font-lead">{t('admin.organizations.intro')}</p>

      <div ref={formRef}>
        {editing ? (
          <OrganizationForm
            key={editingId}
            organization={editing}
            onDone={(saved) => {
              setEditingId(null);
              if (saved) setMessage(t('admin.organizations.saved', { name: saved.name }));
            }}
          />
        ) : (
          <OrganizationForm
            onDone={(saved) => {
              if (!saved) return;
              setMessage(t('admin.organizations.created', { name: saved.name }));
              void refetch();
            }}
          />
        )}
      </div>

      <section aria-labelledby="org-list-heading" className="mt-8">
        <h2 id="org-list-heading">{t('admin.organizations.listHeading')}</h2>
        <p role="status" className="status-line">
          {message}
        </p>
        {loading && !data && <Loading />}
        <ErrorAlert error={error} overrides={{ FORBIDDEN: 'admin.forbidden' }} />
        {data && (
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <caption className="visually-hidden">{t('admin.organizations.listHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.organizations.name')}</th>
                  <th scope="col">{t('admin.organizations.shortNameColumn')}</th>
                  <th scope="col">{t('admin.organizations.kind')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('members.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {organizations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{o.shortName ?? '—'}</td>
                    <td>{t(organizationKindKey(o.kind))}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('admin.organizations.editLabel', { name: o.name })}
                        onClick={() => {
                          setMessage('');
                          setEditingId(o.id);
                          formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                          window.setTimeout(() => document.getElementById('edit-org-name')?.focus(), 0);
                        }}
                      >
                        {t('admin.organizations.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
