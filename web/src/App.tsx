import { lazy } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { Loading } from './components/page';
import { SessionProvider, useSession } from './session';

const SignIn = lazy(() => import('./pages/SignIn'));
const ForgotPassword = lazy(() => import('./pages/ForgotPassword'));
const ResetPassword = lazy(() => import('./pages/ResetPassword'));
const Invitation = lazy(() => import('./pages/Invitation'));
const Home = lazy(() => import('./pages/Home'));
const Organization = lazy(() => import('./pages/Organization'));
const Network = lazy(() => import('./pages/Network'));
const Team = lazy(() => import('./pages/Team'));
const Tokens = lazy(() => import('./pages/Tokens'));
const MeetingPlanner = lazy(() => import('./pages/MeetingPlanner'));
const Meeting = lazy(() => import('./pages/Meeting'));
const Minutes = lazy(() => import('./pages/Minutes'));
const MyWork = lazy(() => import('./pages/MyWork'));
const GuideProgress = lazy(() => import('./pages/GuideProgress'));
const GuideSection = lazy(() => import('./pages/GuideSection'));
const GuidePlan = lazy(() => import('./pages/GuidePlan'));
const Data = lazy(() => import('./pages/Data'));
const DataImport = lazy(() => import('./pages/DataImport'));
const DataAnalysis = lazy(() => import('./pages/DataAnalysis'));
const DataCounts = lazy(() => import('./pages/DataCounts'));
const DataSettings = lazy(() => import('./pages/DataSettings'));
const Teachers = lazy(() => import('./pages/Teachers'));
const NotFound = lazy(() => import('./pages/NotFound'));

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

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="/sign-in" element={<SignIn />} />
            <Route path="/forgot-password" element={<ForgotPassword />} />
            <Route path="/reset-password" element={<ResetPassword />} />
            <Route path="/invitations/:token" element={<Invitation />} />
            <Route element={<RequireSignIn />}>
              <Route index element={<Home />} />
              <Route path="/organizations/:id" element={<Organization />} />
              <Route path="/organizations/:id/data" element={<Data />} />
              <Route path="/organizations/:id/data/import" element={<DataImport />} />
              <Route path="/organizations/:id/data/analysis" element={<DataAnalysis />} />
              <Route path="/organizations/:id/data/counts" element={<DataCounts />} />
              <Route path="/organizations/:id/data/settings" element={<DataSettings />} />
              <Route path="/organizations/:id/teachers" element={<Teachers />} />
              <Route path="/networks/:id" element={<Network />} />
              <Route path="/teams/:id" element={<Team />} />
              <Route path="/teams/:teamId/meetings/new" element={<MeetingPlanner />} />
              <Route path="/teams/:id/guides/:guide" element={<GuideProgress />} />
              <Route path="/teams/:id/guides/:guide/modules/:module/sections/:section" element={<GuideSection />} />
              <Route path="/teams/:id/guides/:guide/plan" element={<GuidePlan />} />
              <Route path="/meetings/:meetingId/edit" element={<MeetingPlanner />} />
              <Route path="/meetings/:id" element={<Meeting />} />
              <Route path="/meetings/:id/minutes" element={<Minutes />} />
              <Route path="/my-work" element={<MyWork />} />
              <Route path="/settings/tokens" element={<Tokens />} />
            </Route>
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
