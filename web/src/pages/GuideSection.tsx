import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, type GuideItem, type GuideProgress, type GuideSummary, type SectionStatus } from '../api';
import { GuideAnswer, type AnswerPath } from '../components/GuideAnswer';
import { GuideEntries } from '../components/GuideEntries';
import { GuideRanking } from '../components/GuideRanking';
import { GuideProgressBar } from '../components/GuideProgressBar';
import { GuideSectionStatus } from '../components/GuideSectionStatus';
import { SectionDataViews } from '../components/SectionDataViews';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { guidePaths, inLanguage, loadTeamAccess, type TeamAccess } from '../guides';
import { useUser } from '../session';

function Item({ path, item, contributes }: { path: AnswerPath; item: GuideItem; contributes: boolean }) {
  const { t } = useTranslation();
  const text = inLanguage(item.text);
  const headingId = `item-${item.id}`;
  return (
    <section aria-labelledby={headingId} className={`guide-item guide-item-${item.kind}`}>
      <p className="item-kind">{t(`guide.kind.${item.kind}`)}</p>
      <h2 id={headingId}>{text}</h2>
      {item.kind === 'question' && <GuideAnswer path={path} question={text} initial={item.answer ?? null} contributes={contributes} />}
      {(item.kind === 'checklist' || item.kind === 'data') && <GuideEntries path={path} item={item} contributes={contributes} />}
      {item.kind === 'ranked' && <GuideRanking path={path} item={item} contributes={contributes} />}
      {item.kind === 'reading' &&
        (item.url ? (
          <p>
            <a href={item.url} rel="noopener noreferrer" aria-label={`${t('guide.section.openReading')}: ${text}`}>
              {t('guide.section.openReading')}
            </a>
          </p>
        ) : (
          <p className="meta">{t('guide.section.readingNoLink')}</p>
        ))}
    </section>
  );
}

function SectionView({ access, progress, moduleId, sectionId }: { access: TeamAccess; progress: GuideProgress; moduleId: string; sectionId: string }) {
  const { t } = useTranslation();
  const module = progress.modules.find((m) => m.id === moduleId)!;
  const index = module.sections.findIndex((s) => s.id === sectionId);
  const section = module.sections[index];
  const [summary, setSummary] = useState<GuideSummary>(progress.summary);
  const [state, setState] = useState<{ status: SectionStatus; by: string | null; at: string | null }>({
    status: section.status,
    by: section.status_changed_by_name,
    at: section.status_changed_at,
  });
  const teamId = access.team.id;
  const guideId = progress.guide.id;
  const guideTitle = inLanguage(progress.guide.title);
  const previous = module.sections[index - 1];
  const next = module.sections[index + 1];
  return (
    <>
      <h1>{inLanguage(section.title)}</h1>
      <p className="lead">
        <Link to={`/teams/${teamId}`}>{access.team.name}</Link> · <Link to={guidePaths.progress(teamId, guideId)}>{guideTitle}</Link> ·{' '}
        {inLanguage(module.title)}
      </p>
      <p>
        <strong>{t('guide.section.objective')}</strong> {inLanguage(section.objective)}
      </p>
      <GuideProgressBar summary={summary} label={t('guide.summary.label', { title: guideTitle })} />
      <GuideSectionStatus
        teamId={teamId}
        guide={guideId}
        module={moduleId}
        section={sectionId}
        status={state.status}
        changedBy={state.by}
        changedAt={state.at}
        contributes={access.contributes}
        changed={(change) => {
          setState({ status: change.status, by: change.changed_by_name, at: change.changed_at });
          setSummary(change.summary);
        }}
      />
      {section.items.map((item) => (
        <Item
          key={item.id}
          path={{ teamId, guide: guideId, module: moduleId, section: sectionId, item: item.id }}
          item={item}
          contributes={access.contributes}
        />
      ))}
      {section.items.some((i) => i.kind === 'data') && <SectionDataViews teamId={teamId} organizationId={access.team.organization.id} guide={guideId} module={moduleId} section={sectionId} contributes={access.contributes} />}
      <nav aria-label={t('guide.section.sectionsNav')} className="section-nav">
        <ul className="link-list">
          {previous && (
            <li>
              <Link to={guidePaths.section(teamId, guideId, moduleId, previous.id)}>
                <span aria-hidden="true">← </span>
                {t('guide.section.previous', { title: inLanguage(previous.title) })}
              </Link>
            </li>
          )}
          {next && (
            <li>
              <Link to={guidePaths.section(teamId, guideId, moduleId, next.id)}>
                {t('guide.section.next', { title: inLanguage(next.title) })}
                <span aria-hidden="true"> →</span>
              </Link>
            </li>
          )}
          <li>
            <Link to={guidePaths.progress(teamId, guideId)}>{t('guide.section.allSections')}</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}

export default function GuideSection() {
  const user = useUser();
  const params = useParams();
  const teamId = Number(params.id);
  const guideId = params.guide ?? '';
  const moduleId = params.module ?? '';
  const sectionId = params.section ?? '';
  const [load] = useLoad(async () => {
    const [access, progress] = await Promise.all([loadTeamAccess(teamId), api.getGuideProgress(teamId, guideId)]);
    const module = progress.modules.find((m) => m.id === moduleId);
    if (!module?.sections.some((s) => s.id === sectionId))
      throw new ApiError({ type: '/problems/not-found', title: 'Not found', status: 404 });
    return { access, progress };
  }, [teamId, guideId, moduleId, sectionId, user.id]);
  const section = load.state === 'ready' ? load.data.progress.modules.find((m) => m.id === moduleId)?.sections.find((s) => s.id === sectionId) : undefined;
  usePageTitle(section ? inLanguage(section.title) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  // Keyed by the section, so moving to the next section starts fresh (and a typed, unsaved answer stays in its draft).
  return (
    <SectionView key={`${moduleId}/${sectionId}`} access={load.data.access} progress={load.data.progress} moduleId={moduleId} sectionId={sectionId} />
  );
}
