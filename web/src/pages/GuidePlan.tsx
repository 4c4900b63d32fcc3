import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CreatedMeeting, type MeetingPlan } from '../api';
import { PlanProposal } from '../components/PlanProposal';
import { isPlanDraft, planDraftKey, type Row } from '../planRows';
import { PlanRequestForm } from '../components/PlanRequestForm';
import { CreatedMeetings } from '../components/guide/CreatedMeetings';
import { usePlanGuide } from '../components/guide/usePlanGuide';
import { LoadFailed, Loading, usePageTitle } from '../components/page';
import { readDraft, writeDraft } from '../drafts';
import { guidePaths, inLanguage } from '../guides';

/** The meeting-series planner from a guide: ask the planner, edit its proposal, create the drafts in one go. */
export default function GuidePlan() {
  const { t } = useTranslation();
  const params = useParams();
  const teamId = Number(params.id);
  const guideId = params.guide ?? '';
  const load = usePlanGuide(teamId, guideId);
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
      {created && <CreatedMeetings teamId={access.team.id} meetings={created} />}
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
