import { useEffect } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { Loading } from './components/page';
import { SessionProvider, useSession } from './session';
import { lazyPage, loadPageCode, prefetchPagesOnIntent } from './lazyPage';

const SignIn = lazyPage(() => import('./pages/SignIn'));
const ForgotPassword = lazyPage(() => import('./pages/ForgotPassword'));
const ResetPassword = lazyPage(() => import('./pages/ResetPassword'));
const Invitation = lazyPage(() => import('./pages/Invitation'));
const SignInLink = lazyPage(() => import('./pages/SignInLink'));
const Home = lazyPage(() => import('./pages/Home'));
const Organization = lazyPage(() => import('./pages/Organization'));
const Network = lazyPage(() => import('./pages/Network'));
const NetworkDashboard = lazyPage(() => import('./pages/NetworkDashboard'));
const NetworkMeetingPlanner = lazyPage(() => import('./pages/NetworkMeetingPlanner'));
const NetworkMemberships = lazyPage(() => import('./pages/NetworkMemberships'));
const Team = lazyPage(() => import('./pages/Team'));
const TeamOverviewTab = lazyPage(() => import('./pages/TeamOverviewTab'));
const TeamMeetingsTab = lazyPage(() => import('./pages/TeamMeetingsTab'));
const TeamGuideTab = lazyPage(() => import('./pages/TeamGuideTab'));
const TeamImprovementTab = lazyPage(() => import('./pages/TeamImprovementTab'));
const TeamMembersTab = lazyPage(() => import('./pages/TeamMembersTab'));
const TeamFollowThroughTab = lazyPage(() => import('./pages/TeamFollowThroughTab'));
const TeamSettingsTab = lazyPage(() => import('./pages/TeamSettingsTab'));
const Tokens = lazyPage(() => import('./pages/Tokens'));
const NewOrganization = lazyPage(() => import('./pages/NewOrganization'));
const NotificationSettings = lazyPage(() => import('./pages/NotificationSettings'));
const Unsubscribe = lazyPage(() => import('./pages/Unsubscribe'));
const MeetingPlanner = lazyPage(() => import('./pages/MeetingPlanner'));
const Meeting = lazyPage(() => import('./pages/Meeting'));
const Minutes = lazyPage(() => import('./pages/Minutes'));
const SharedMinutes = lazyPage(() => import('./pages/SharedMinutes'));
const MyWork = lazyPage(() => import('./pages/MyWork'));
const GuideProgress = lazyPage(() => import('./pages/GuideProgress'));
const GuideSection = lazyPage(() => import('./pages/GuideSection'));
const GuidePlan = lazyPage(() => import('./pages/GuidePlan'));
const Data = lazyPage(() => import('./pages/Data'));
const DataImport = lazyPage(() => import('./pages/DataImport'));
const DataAnalysis = lazyPage(() => import('./pages/DataAnalysis'));
const DataCounts = lazyPage(() => import('./pages/DataCounts'));
const DataSettings = lazyPage(() => import('./pages/DataSettings'));
const DataAudit = lazyPage(() => import('./pages/DataAudit'));
const DataRecords = lazyPage(() => import('./pages/DataRecords'));
const Measure = lazyPage(() => import('./pages/Measure'));
const Plan = lazyPage(() => import('./pages/Plan'));
const PlanTimeline = lazyPage(() => import('./pages/PlanTimeline'));
const PlanPrint = lazyPage(() => import('./pages/PlanPrint'));
const TeamReport = lazyPage(() => import('./pages/TeamReport'));
const NetworkReport = lazyPage(() => import('./pages/NetworkReport'));
const Assessments = lazyPage(() => import('./pages/Assessments'));
const Matching = lazyPage(() => import('./pages/Matching'));
const Teachers = lazyPage(() => import('./pages/Teachers'));
const Agreement = lazyPage(() => import('./pages/Agreement'));
const AgreementForm = lazyPage(() => import('./pages/AgreementForm'));
const CoachingEntryForm = lazyPage(() => import('./pages/CoachingEntryForm'));
const Directory = lazyPage(() => import('./pages/Directory'));
const DirectoryProfile = lazyPage(() => import('./pages/DirectoryProfile'));
const Library = lazyPage(() => import('./pages/Library'));
const NotFound = lazyPage(() => import('./pages/NotFound'));
const Evidence = lazyPage(() => import('./pages/Evidence'));
const Prototypes = lazyPage(() => import('./pages/Prototypes'));
const PrototypeDetail = lazyPage(() => import('./pages/PrototypeDetail'));
const FeedbackRounds = lazyPage(() => import('./pages/FeedbackRounds'));
const FeedbackRound = lazyPage(() => import('./pages/FeedbackRound'));

/** Lets signed-in people through; sends anyone else to sign in, and back here afterwards. */
function RequireSignIn() {
  const { user, endedBy } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) {
    // After choosing to sign out, do not offer to come back here: the next person may not be the same.
    const next = endedBy ? '/' : location.pathname + location.search;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Before the first render: the code of the page asked for, so that it shows without a Suspense round. */
export const loadFirstPage = () => loadPageCode(pages, window.location.pathname);

export function App() {
  useEffect(() => prefetchPagesOnIntent(pages), []);
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>{pages}</Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}

// Every page: an address and what it shows. Read as well by prefetchPagesOnIntent (lazyPage.ts) and, at build, by
// vite.config.ts for the server's list of which page code each address needs.
const pages = (
          <Route element={<Layout />}>
            <Route path="/sign-in" element={<SignIn />} />
            <Route path="/forgot-password" element={<ForgotPassword />} />
            <Route path="/reset-password" element={<ResetPassword />} />
            <Route path="/invitations/:token" element={<Invitation />} />
            <Route path="/sign-in/link/:token" element={<SignInLink />} />
            <Route path="/unsubscribe/:token" element={<Unsubscribe />} />
            <Route element={<RequireSignIn />}>
              <Route index element={<Home />} />
              <Route path="/organizations/new" element={<NewOrganization />} />
              <Route path="/organizations/:id" element={<Organization />} />
              <Route path="/organizations/:id/data" element={<Data />} />
              <Route path="/organizations/:id/data/import" element={<DataImport />} />
              <Route path="/organizations/:id/data/analysis" element={<DataAnalysis />} />
              <Route path="/organizations/:id/data/counts" element={<DataCounts />} />
              <Route path="/organizations/:id/data/settings" element={<DataSettings />} />
              <Route path="/organizations/:id/data/audit" element={<DataAudit />} />
              <Route path="/organizations/:id/data/records" element={<DataRecords />} />
              <Route path="/organizations/:id/teachers" element={<Teachers />} />
              <Route path="/organizations/:id/networks" element={<NetworkMemberships />} />
              <Route path="/networks/:id" element={<Network />} />
              <Route path="/networks/:id/dashboard" element={<NetworkDashboard />} />
              <Route path="/networks/:id/report" element={<NetworkReport />} />
              <Route path="/networks/:id/minutes/:meetingId" element={<SharedMinutes />} />
              <Route path="/networks/:id/meetings/new" element={<NetworkMeetingPlanner />} />
              <Route path="/networks/:id/agreements/new" element={<AgreementForm />} />
              <Route path="/agreements/:id" element={<Agreement />} />
              <Route path="/agreements/:agreementId/edit" element={<AgreementForm />} />
              <Route path="/agreements/:id/log/new" element={<CoachingEntryForm />} />
              <Route path="/agreements/:id/log/:entryId/edit" element={<CoachingEntryForm />} />
              <Route path="/teams/:id" element={<Team />}>
                <Route index element={<TeamOverviewTab />} />
                <Route path="meetings" element={<TeamMeetingsTab />} />
                <Route path="guide" element={<TeamGuideTab />} />
                <Route path="improvement" element={<TeamImprovementTab />} />
                <Route path="members" element={<TeamMembersTab />} />
                <Route path="follow-through" element={<TeamFollowThroughTab />} />
                <Route path="settings" element={<TeamSettingsTab />} />
              </Route>
              <Route path="/teams/:id/plan" element={<Plan />} />
              <Route path="/teams/:id/plan/timeline" element={<PlanTimeline />} />
              <Route path="/teams/:id/plan/print" element={<PlanPrint />} />
              <Route path="/teams/:id/report" element={<TeamReport />} />
              <Route path="/teams/:teamId/meetings/new" element={<MeetingPlanner />} />
              <Route path="/teams/:id/guides/:guide" element={<GuideProgress />} />
              <Route path="/teams/:id/guides/:guide/modules/:module/sections/:section" element={<GuideSection />} />
              <Route path="/teams/:id/guides/:guide/plan" element={<GuidePlan />} />
              <Route path="/meetings/:meetingId/edit" element={<MeetingPlanner />} />
              <Route path="/meetings/:id" element={<Meeting />} />
              <Route path="/meetings/:id/minutes" element={<Minutes />} />
              <Route path="/measures/:id" element={<Measure />} />
              <Route path="/teams/:id/assessments" element={<Assessments />} />
              <Route path="/teams/:id/matching" element={<Matching />} />
              <Route path="/my-work" element={<MyWork />} />
              <Route path="/directory" element={<Directory />} />
              <Route path="/directory/:id" element={<DirectoryProfile />} />
              <Route path="/settings/tokens" element={<Tokens />} />
              <Route path="/settings/notifications" element={<NotificationSettings />} />
              <Route path="/teams/:id/evidence" element={<Evidence />} />
              <Route path="/teams/:id/prototypes" element={<Prototypes />} />
              <Route path="/teams/:id/prototypes/:pid" element={<PrototypeDetail />} />
              <Route path="/library" element={<Library />} />
              <Route path="/teams/:id/feedback" element={<FeedbackRounds />} />
              <Route path="/feedback/:id" element={<FeedbackRound />} />
            </Route>
            <Route path="*" element={<NotFound />} />
          </Route>
);
