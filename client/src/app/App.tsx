import { ApolloProvider, useApolloClient } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { NotFoundPage } from '../components/NotFoundPage';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { OrganizationsPage } from '../features/admin/OrganizationsPage';
import { RequireAdmin } from '../features/admin/RequireAdmin';
import { UsersPage } from '../features/admin/UsersPage';
import { AccessibilityStatementPage } from '../features/accessibility/AccessibilityStatementPage';
import { ApprovingOrganizationsPage } from '../features/approvals/ApprovingOrganizationsPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { ChapterPage } from '../features/chapters/ChapterPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EditionPage } from '../features/editions/EditionPage';
import { EditionsPage } from '../features/editions/EditionsPage';
import { MembersPage } from '../features/members/MembersPage';
import { SearchPage } from '../features/search/SearchPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { ReportPage } from '../features/review/ReportPage';
import { RoundPage } from '../features/review/RoundPage';
import { RoundsPage } from '../features/review/RoundsPage';
import { MyProjectsPage } from '../features/projects/MyProjectsPage';
import { EvaluationPage } from '../features/specialisation/EvaluationPage';
import { ImportPage } from '../features/specialisation/ImportPage';
import { OfferPage } from '../features/specialisation/OfferPage';
import { OverviewPage } from '../features/specialisation/OverviewPage';
import { ProviderPage } from '../features/specialisation/ProviderPage';
import { ProvidersPage } from '../features/specialisation/ProvidersPage';
import { TargetGroupPage } from '../features/specialisation/TargetGroupPage';
import { TargetGroupsPage } from '../features/specialisation/TargetGroupsPage';
import { NewProjectPage } from '../features/projects/NewProjectPage';
import { ProjectPage } from '../features/projects/ProjectPage';
import { VersionHistoryPage } from '../features/versions/VersionHistoryPage';
import { VersionPage } from '../features/versions/VersionPage';
import { createApolloClient, UNAUTHENTICATED_EVENT } from '../lib/apollo';
import { Layout } from './Layout';

/** When the session ends mid-visit, forget its data and ask the person to log in again. */
function SessionWatcher() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    const onEnded = () => {
      if (location.pathname === '/login' || location.pathname.startsWith('/invite/')) return;
      void client
        .clearStore()
        .then(() =>
          navigate('/login', { replace: true, state: { from: location.pathname + location.search } }),
        );
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, onEnded);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onEnded);
  }, [client, navigate, location]);
  return null;
}

const authed = (page: React.ReactNode) => <RequireAuth>{page}</RequireAuth>;
const admin = (page: React.ReactNode) => authed(<RequireAdmin>{page}</RequireAdmin>);

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <SessionWatcher />
        <Routes>
          <Route element={<Layout />}>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/invite/:token" element={<AcceptInvitePage />} />
            <Route path="/tilgaengelighed" element={<AccessibilityStatementPage />} />
            <Route path="/" element={authed(<MyProjectsPage />)} />
            <Route path="/projects/new" element={authed(<NewProjectPage />)} />
            <Route path="/projects/:projectId" element={authed(<ProjectPage />)} />
            <Route path="/projects/:projectId/members" element={authed(<MembersPage />)} />
            <Route path="/projects/:projectId/dashboard" element={authed(<DashboardPage />)} />
            <Route path="/projects/:projectId/audit" element={authed(<AuditLogPage />)} />
            <Route path="/projects/:projectId/target-groups" element={authed(<TargetGroupsPage />)} />
            <Route path="/projects/:projectId/providers" element={authed(<ProvidersPage />)} />
            <Route path="/projects/:projectId/providers/import" element={authed(<ImportPage />)} />
            <Route path="/projects/:projectId/placements" element={authed(<OverviewPage />)} />
            <Route path="/projects/:projectId/evaluation" element={authed(<EvaluationPage />)} />
            <Route path="/target-groups/:targetGroupId" element={authed(<TargetGroupPage />)} />
            <Route path="/providers/:providerId" element={authed(<ProviderPage />)} />
            <Route path="/offers/:offerId" element={authed(<OfferPage />)} />
            <Route path="/chapters/:chapterId" element={authed(<ChapterPage />)} />
            <Route path="/chapters/:chapterId/versions" element={authed(<VersionHistoryPage />)} />
            <Route path="/versions/:versionId" element={authed(<VersionPage />)} />
            <Route path="/notifications" element={authed(<NotificationsPage />)} />
            <Route path="/search" element={authed(<SearchPage />)} />
            <Route path="/documents/:documentId/editions" element={authed(<EditionsPage />)} />
            <Route path="/editions/:editionId" element={authed(<EditionPage />)} />
            <Route
              path="/documents/:documentId/approving-organizations"
              element={authed(<ApprovingOrganizationsPage />)}
            />
            <Route path="/documents/:documentId/rounds" element={authed(<RoundsPage />)} />
            <Route path="/rounds/:roundId" element={authed(<RoundPage />)} />
            <Route path="/rounds/:roundId/report" element={authed(<ReportPage />)} />
            <Route path="/admin" element={<Navigate to="/admin/organizations" replace />} />
            <Route path="/admin/organizations" element={admin(<OrganizationsPage />)} />
            <Route path="/admin/users" element={admin(<UsersPage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
