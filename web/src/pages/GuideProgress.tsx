import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, type GuideInfo, type GuideProgress as Progress, type GuideSectionProgress } from '../api';
import { GuideProgressBar, SectionStatusBadge } from '../components/GuideProgressBar';
import { FormAlert, SubmitButton, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { formatDateTime, formatNumber } from '../format';
import { guidePaths, inLanguage, loadTeamAccess, splitSectionKey, type TeamAccess } from '../guides';
import { useUser } from '../session';

/** What was recorded in a section: questions answered (a ranked list counts as one), entries checked. */
function recorded(section: GuideSectionProgress) {
  let questions = 0;
  let answered = 0;
  let entries = 0;
  let checked = 0;
  for (const item of section.items) {
    if (item.kind === 'question') {
      questions++;
      if (item.answer?.text?.trim()) answered++;
    }
    // A ranked list is answered once it has an order; its entries are choices, not boxes to check.
    if (item.kind === 'ranked') {
      questions++;
      if (item.ranking?.entries.length) answered++;
      continue;
    }
    for (const entry of item.entries ?? []) {
      entries++;
      if (entry.checked) checked++;
    }
  }
  return { questions, answered, entries, checked };
}

function SectionCard({ teamId, guideId, moduleId, section, current }: { teamId: number; guideId: string; moduleId: string; section: GuideSectionProgress; current: boolean }) {
  const { t } = useTranslation();
  const counts = recorded(section);
  const title = inLanguage(section.title);
  return (
    <li className={`guide-section-card${current ? ' is-current' : ''}`}>
      <div className="guide-section-head">
        <Link to={guidePaths.section(teamId, guideId, moduleId, section.id)} className="guide-section-link">
          {title}
        </Link>
        <SectionStatusBadge status={section.status} />
        {current && <span className="badge badge-planned">{t('guide.progress.currentBadge')}</span>}
      </div>
      <p>{inLanguage(section.objective)}</p>
      <p className="meta">
        {[
          counts.questions ? t('guide.progress.answered', { answered: formatNumber(counts.answered), count: counts.questions }) : null,
          counts.entries ? t('guide.progress.checked', { checked: formatNumber(counts.checked), count: counts.entries }) : null,
          section.status_changed_by_name
            ? t('guide.progress.statusBy', { name: section.status_changed_by_name, time: formatDateTime(section.status_changed_at) })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}

function ProgressView({ access, progress }: { access: TeamAccess; progress: Progress }) {
  const { t } = useTranslation();
  const title = inLanguage(progress.guide.title);
  const current = splitSectionKey(progress.summary.current);
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">
        <Link to={`/teams/${access.team.id}`}>{access.team.name}</Link> ·{' '}
        {t('guide.adoptedBy', { name: progress.adopted_by_name, time: formatDateTime(progress.adopted_at) })}
      </p>
      <GuideProgressBar summary={progress.summary} label={t('guide.summary.label', { title })} />
      <ul className="link-list">
        {current && (
          <li>
            <Link to={guidePaths.section(access.team.id, progress.guide.id, current.module, current.section)}>{t('guide.progress.continue')}</Link>
          </li>
        )}
        <li>
          <Link to={guidePaths.plan(access.team.id, progress.guide.id)}>{t('guide.plan.link')}</Link>
        </li>
      </ul>
      {progress.modules.map((module) => (
        <section key={module.id} aria-labelledby={`module-${module.id}`}>
          <h2 id={`module-${module.id}`}>{inLanguage(module.title)}</h2>
          <ol className="guide-sections">
            {module.sections.map((section) => (
              <SectionCard
                key={section.id}
                teamId={access.team.id}
                guideId={progress.guide.id}
                moduleId={module.id}
                section={section}
                current={current?.module === module.id && current.section === section.id}
              />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

/** The guide exists but the team has not adopted it: say so, and let the lead adopt it here. */
function NotAdopted({ access, guide, adopted }: { access: TeamAccess; guide: GuideInfo; adopted: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const onSubmit = form.submit(async () => {
    await api.adoptGuide(access.team.id, guide.id);
    await adopted();
  });
  return (
    <>
      <h1>{inLanguage(guide.title)}</h1>
      <p className="lead">
        <Link to={`/teams/${access.team.id}`}>{access.team.name}</Link>
      </p>
      <p>{inLanguage(guide.description)}</p>
      <p>{t('guide.progress.notAdopted')}</p>
      {access.manages && (
        <form noValidate onSubmit={onSubmit} ref={form.formRef}>
          <FormAlert message={form.errors.form} />
          <SubmitButton busy={form.busy}>{t('guide.team.adopt')}</SubmitButton>
        </form>
      )}
    </>
  );
}

export default function GuideProgress() {
  const user = useUser();
  const params = useParams();
  const teamId = Number(params.id);
  const guideId = params.guide ?? '';
  const [load, reload] = useLoad(async () => {
    const access = await loadTeamAccess(teamId);
    try {
      return { access, progress: await api.getGuideProgress(teamId, guideId), guide: null };
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
      const guide = (await api.listGuides()).guides.find((g) => g.id === guideId);
      if (!guide) throw error;
      return { access, progress: null, guide };
    }
  }, [teamId, guideId, user.id]);
  usePageTitle(load.state === 'ready' ? inLanguage(load.data.progress?.guide.title ?? load.data.guide?.title) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { access, progress, guide } = load.data;
  if (progress) return <ProgressView access={access} progress={progress} />;
  return (
    <NotAdopted
      access={access}
      guide={guide!}
      adopted={reload}
    />
  );
}
