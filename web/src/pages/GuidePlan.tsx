import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, type CreatedMeeting, type MeetingPlan } from '../api';
import { PlanProposal } from '../components/PlanProposal';
import { isPlanDraft, planDraftKey, type Row } from '../planRows';
import { PlanRequestForm } from '../components/PlanRequestForm';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { readDraft, writeDraft } from '../drafts';
import { guidePaths, inLanguage, loadTeamAccess } from '../guides';
import { useUser } from '../session';

function Created({ teamId, meetings }: { teamId: number; meetings: CreatedMeeting[] }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="created" className="panel panel-highlight">
      <h2 id="created" tabIndex={-1} ref={heading}>
        {t('guide.plan.created', { count: meetings.length, value: meetings.length })}
      </h2>
      <ol>
        {meetings.map((m) => (
          <li key={m.id}>
            <Link to={`/meetings/${m.id}/edit`}>{m.title}</Link>
          </li>
        ))}
      </ol>
      <p>{t('guide.plan.createdNext')}</p>
      <p>
        <Link to={`/teams/${teamId}`} className="button button-primary">
          {t('guide.plan.toMeetings')}
        </Link>
      </p>
    </section>
  );
}

/** The meeting-series planner from a guide: ask the planner, edit its proposal, create the drafts in one go. */
export default function GuidePlan() {
  const { t } = useTranslation();
  const user = useUser();
  const params = useParams();
  const teamId = Number(params.id);
  const guideId = params.guide ?? '';
  const [load] = useLoad(async () => {
    const [access, { guides }, settings, progress] = await Promise.all([
      loadTeamAccess(teamId),
      api.listGuides(),
      api.getMeetingSettings(teamId),
      api.getGuideProgress(teamId, guideId).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null; // not adopted: plan it all the same
        throw error;
      }),
    ]);
    const guide = guides.find((g) => g.id === guideId);
    if (!guide) throw new ApiError({ type: '/problems/not-found', title: 'Not found', status: 404 });
    return { access, guide, share: settings.discussion_share_percent, progress };
  }, [teamId, guideId, user.id]);
  // An edited proposal left here before its meetings were created comes back.
  const [plan, setPlan] = useState<{ plan: MeetingPlan; key: number; rows?: Row[] } | null>(() => {
    const draft = readDraft(planDraftKey(teamId, guideId), isPlanDraft);
    return draft ? { plan: draft.plan, rows: draft.rows, key: 0 } : null;
  });
  const [dirty, setDirty] = useState(!!plan?.rows);
  const [created, setCreated] = useState<CreatedMeeting[] | null>(null);
  const edited = useCallback((value: boolean) => setDirty(value), []);
  const title = load.state === 'ready' ? t('guide.plan.title', { title: inLanguage(load.data.guide.title) }) : null;
  usePageTitle(title);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { access, guide, share, progress } = load.data;
  const sectionTitle = (id: string) => {
    for (const m of guide.modules) for (const s of m.sections) if (s.id === id && m.id === plan?.plan.module) return inLanguage(s.title);
    return id;
  };
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">
        <Link to={`/teams/${access.team.id}`}>{access.team.name}</Link>
        {progress && (
          <>
            {' '}
            · <Link to={guidePaths.progress(access.team.id, guide.id)}>{t('guide.plan.progressLink')}</Link>
          </>
        )}
      </p>
      <p>{t('guide.plan.intro')}</p>
      {created && <Created teamId={access.team.id} meetings={created} />}
      <PlanRequestForm
        teamId={access.team.id}
        guide={guide}
        progress={progress}
        replacing={dirty}
        proposed={(next) => {
          setCreated(null);
          setDirty(false);
          writeDraft(planDraftKey(teamId, guideId), null);
          setPlan((p) => ({ plan: next, key: (p?.key ?? 0) + 1 }));
        }}
      />
      {plan && (
        <PlanProposal
          key={plan.key}
          teamId={access.team.id}
          plan={plan.plan}
          restoredRows={plan.rows}
          share={share}
          manages={access.manages}
          sectionTitle={sectionTitle}
          edited={edited}
          created={(meetings) => {
            setPlan(null);
            setDirty(false);
            setCreated(meetings);
          }}
        />
      )}
    </>
  );
}
