import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { UPDATE_USER } from './operations';
import { USER_FIELDS } from './UserRow.fragments';
type Changes = { organizationId?: string; isSystemAdmin?: boolean; canStartProjects?: boolean };

interface Props {
  user: FragmentOf<typeof USER_FIELDS>;
  isMe: boolean;
  organizations: readonly { id: string; name: string }[];
  /** Reports the outcome to the page's live region / error alert. */
  onResult: (result: { message?: string; error?: unknown }) => void;
}

/** One user with their organisation, system-admin flag and right to start projects; changes save at once and are announced. */
export function UserRow({ user: userRef, isMe, organizations, onResult }: Props) {
  const user = readFragment(USER_FIELDS, userRef);
  const { t } = useTranslation();
  const [update, { loading: saving }] = useMutation(UPDATE_USER);
  const [pending, setPending] = useState<Changes | null>(null);
  const organizationId = pending?.organizationId ?? user.organization.id;
  const isSystemAdmin = pending?.isSystemAdmin ?? user.isSystemAdmin ?? false;
  const canStartProjects = pending?.canStartProjects ?? user.canStartProjects ?? false;

  async function save(input: Changes) {
    setPending(input);
    try {
      await update({ variables: { id: user.id, input } });
      onResult({ message: t('admin.users.updated', { name: user.name }) });
    } catch (error) {
      onResult({ error });
    } finally {
      setPending(null);
    }
  }

  return (
    <tr>
      <th scope="row">
        {user.name}
        {isMe && <span className="text-muted"> ({t('members.you')})</span>}
        <br />
        <span className="member-email">{user.email}</span>
      </th>
      <td>
        <label className="visually-hidden" htmlFor={`user-org-${user.id}`}>
          {t('admin.users.organizationOf', { name: user.name })}
        </label>
        <select
          className="form-select form-select--compact"
          id={`user-org-${user.id}`}
          value={organizationId}
          disabled={saving}
          onChange={(e) => void save({ organizationId: e.target.value })}
        >
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id={`user-admin-${user.id}`}
            checked={isSystemAdmin}
            disabled={saving || isMe}
            aria-describedby={isMe ? `user-admin-${user.id}-hint` : undefined}
            onChange={(e) => void save({ isSystemAdmin: e.target.checked })}
          />
          <label htmlFor={`user-admin-${user.id}`}>
            {t('admin.users.systemAdminShort')}
            <span className="visually-hidden">: {user.name}</span>
          </label>
          {isMe && (
            <span className="form-hint" id={`user-admin-${user.id}-hint`}>
              {t('admin.users.ownAdmin')}
            </span>
          )}
        </div>
      </td>
      <td>
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id={`user-start-${user.id}`}
            checked={canStartProjects}
            disabled={saving}
            onChange={(e) => void save({ canStartProjects: e.target.checked })}
          />
          <label htmlFor={`user-start-${user.id}`}>
            {t('admin.users.startProjectsShort')}
            <span className="visually-hidden">: {user.name}</span>
          </label>
        </div>
      </td>
      <td>
        {user.isActive ? (
          t('admin.users.active')
        ) : (
          <span className="badge badge-warning">{t('members.invited')}</span>
        )}
      </td>
    </tr>
  );
}
