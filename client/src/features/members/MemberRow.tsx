import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ROLES, roleKey, type Role } from '../../lib/labels';
import { MEMBERSHIP_FIELDS } from '../../lib/fragments';
import { REMOVE_MEMBER, UPDATE_MEMBER } from './operations';

interface Props {
  member: FragmentOf<typeof MEMBERSHIP_FIELDS>;
  isMe: boolean;
  onChanged: () => Promise<unknown>;
  /** Reports the outcome to the page's live region / error alert. */
  onResult: (result: { message?: string; error?: unknown }) => void;
}

/** One member with their role, approver flag and removal; changes save at once and are announced. */
export function MemberRow({ member: memberRef, isMe, onChanged, onResult }: Props) {
  const member = readFragment(MEMBERSHIP_FIELDS, memberRef);
  const { t } = useTranslation();
  const [update, { loading: saving }] = useMutation(UPDATE_MEMBER);
  const [remove] = useMutation(REMOVE_MEMBER);
  const name = member.user.name;
  // Shows the person's choice at once while it saves; the server's answer then replaces it.
  const [pending, setPending] = useState<{ role?: Role; isApprover?: boolean } | null>(null);
  const role = pending?.role ?? member.role;
  const isApprover = pending?.isApprover ?? member.isApprover;

  async function save(input: { role?: Role; isApprover?: boolean }) {
    setPending(input);
    try {
      await update({ variables: { id: member.id, input } });
      await onChanged();
      onResult({ message: t('members.updated', { name }) });
    } catch (error) {
      onResult({ error });
      await onChanged();
    } finally {
      setPending(null);
    }
  }

  return (
    <tr>
      <th scope="row">
        {name}
        {isMe && <span className="text-muted"> ({t('members.you')})</span>}
        <br />
        <span className="member-email">{member.user.email}</span>
        {!member.user.isActive && (
          <>
            <br />
            <span className="badge badge-warning">{t('members.invited')}</span>
          </>
        )}
      </th>
      <td>{member.organization.name}</td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${member.id}`}>
          {t('members.roleOf', { name })}
        </label>
        <select
          className="form-select form-select--compact"
          id={`role-${member.id}`}
          value={role}
          disabled={saving}
          onChange={(e) => void save({ role: e.target.value as Role })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(roleKey(r))}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id={`approver-${member.id}`}
            checked={isApprover}
            disabled={saving}
            onChange={(e) => void save({ isApprover: e.target.checked })}
          />
          <label htmlFor={`approver-${member.id}`}>
            {t('members.approverShort')}
            <span className="visually-hidden">({name})</span>
          </label>
        </div>
      </td>
      <td>
        <ConfirmButton
          label={t('members.remove')}
          accessibleLabel={t('members.removeLabel', { name })}
          question={t('members.removeQuestion', { name })}
          confirmLabel={t('members.removeConfirm')}
          onConfirm={async () => {
            try {
              await remove({ variables: { id: member.id } });
              await onChanged();
              onResult({ message: t('members.removed', { name }) });
            } catch (error) {
              onResult({ error });
            }
          }}
        />
      </td>
    </tr>
  );
}
