import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { INVITATION_CONTACT } from './operations';

/** An invitation link that no longer works: why, and whom to ask for a new one. */
export function InvitationUnavailable({ token }: { token: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(INVITATION_CONTACT, { variables: { token }, fetchPolicy: 'network-only' });
  const contact = data?.invitationContact;
  const why = contact ? (contact.used ? t('invite.used') : t('invite.expired')) : t('invite.invalid');
  const inviter = contact?.inviterName
    ? contact.inviterOrganization
      ? `${contact.inviterName} (${contact.inviterOrganization})`
      : contact.inviterName
    : null;
  return (
    <>
      <h1>{t('invite.title')}</h1>
      <Alert variant="warning" role="alert" heading={t('invite.invalidHeading')}>
        <p>{why}</p>
        <p>
          {inviter
            ? contact?.projectTitle
              ? t('invite.askInviterProject', { name: inviter, project: contact.projectTitle })
              : t('invite.askInviter', { name: inviter })
            : t('invite.askCoordinator')}
        </p>
      </Alert>
      <p>
        <Link to="/login">{t('invite.toLogin')}</Link>
      </p>
    </>
  );
}
