import { ApolloProvider, useApolloClient } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { NotFoundPage } from '../components/NotFoundPage';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { RequireAdmin } from '../features/admin/RequireAdmin';
import { createApolloClient, UNAUTHENTICATED_EVENT } from '../lib/apollo';
import { Layout } from './Layout';
import { page } from './lazy-page';

// Every page but login and the invitation is its own chunk, so the login page loads only what it shows.
const OrganizationsPage = page(() => import('../features/admin/OrganizationsPage'), 'OrganizationsPage');
const UsersPage = page(() => import('../features/admin/UsersPage'), 'UsersPage');
const AccessibilityStatementPage = page(
  () => import('../features/accessibility/AccessibilityStatementPage'),
  'AccessibilityStatementPage',
);
const ApprovingOrganizationsPage = page(
  () => import('../features/approvals/ApprovingOrganizationsPage'),
  'ApprovingOrganizationsPage',
);
const AuditLogPage = page(() => import('../features/audit/AuditLogPage'), 'AuditLogPage');
const ChapterPage = page(() => import('../features/chapters/ChapterPage'), 'ChapterPage');
const DashboardPage = page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const EditionPage = page(() => import('../features/editions/EditionPage'), 'EditionPage');
const EditionsPage = page(() => import('../features/editions/EditionsPage'), 'EditionsPage');
const MembersPage = page(() => import('../features/members/MembersPage'), 'MembersPage');
const SearchPage = page(() => import('../features/search/SearchPage'), 'SearchPage');
const NotificationsPage = page(
  () => import('../features/notifications/NotificationsPage'),
  'NotificationsPage',
);
const ReportPage = page(() => import('../features/review/notat/ReportPage'), 'ReportPage');
const RoundPage = page(() => import('../features/review/RoundPage'), 'RoundPage');
const RoundsPage = page(() => import('../features/review/RoundsPage'), 'RoundsPage');
const MyProjectsPage = page(() => import('../features/projects/MyProjectsPage'), 'MyProjectsPage');
const EvaluationPage = page(() => import('../features/specialisation/EvaluationPage'), 'EvaluationPage');
const ImportPage = page(() => import('../features/specialisation/ImportPage'), 'ImportPage');
const OfferPage = page(() => import('../features/specialisation/OfferPage'), 'OfferPage');
const OverviewPage = page(() => import('../features/specialisation/OverviewPage'), 'OverviewPage');
const ProviderPage = page(() => import('../features/specialisation/ProviderPage'), 'ProviderPage');
const ProvidersPage = page(() => import('../features/specialisation/ProvidersPage'), 'ProvidersPage');
const TargetGroupPage = page(() => import('../features/specialisation/TargetGroupPage'), 'TargetGroupPage');
const TargetGroupsPage = page(
  () => import('../features/specialisation/TargetGroupsPage'),
  'TargetGroupsPage',
);
const NewProjectPage = page(() => import('../features/projects/NewProjectPage'), 'NewProjectPage');
const ProjectPage = page(() => import('../features/projects/ProjectPage'), 'ProjectPage');
const VersionHistoryPage = page(
  () => import('../features/versions/VersionHistoryPage'),
  'VersionHistoryPage',
);
const VersionPage = page(() => import('../features/versions/VersionPage'), 'VersionPage');

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
