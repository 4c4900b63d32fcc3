import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type GuideInfo, type TeamGuide } from '../api';
import { guidePaths, inLanguage, splitSectionKey } from '../guides';
import { FormAlert, SelectField, Status, SubmitButton, useForm } from './forms';
import { GuideProgressBar } from './GuideProgressBar';
import { InlineFailure, Loading, useLoad } from './page';
import { formatDateTime } from '../format';

function sectionTitle(catalogue: GuideInfo[], guideId: string, key: string | null): { title: string; module: string; section: string } | null {
  const at = splitSectionKey(key);
  if (!at) return null;
  const section = catalogue
    .find((g) => g.id === guideId)
    ?.modules.find((m) => m.id === at.module)
    ?.sections.find((s) => s.id === at.section);
  return { ...at, title: section ? inLanguage(section.title) : at.section };
}

function AdoptedGuide({ teamId, guide, catalogue }: { teamId: number; guide: TeamGuide; catalogue: GuideInfo[] }) {
  const { t } = useTranslation();
  const title = guide.title ? inLanguage(guide.title) : guide.id;
  const current = guide.summary ? sectionTitle(catalogue, guide.id, guide.summary.current) : null;
  return (
    <li className="team-guide">
      <h3>
        <Link to={guidePaths.progress(teamId, guide.id)}>{title}</Link>
      </h3>
      <p className="meta">{t('guide.adoptedBy', { name: guide.adopted_by_name, time: formatDateTime(guide.adopted_at) })}</p>
      {guide.summary ? (
        <>
          <GuideProgressBar summary={guide.summary} label={t('guide.summary.label', { title })} />
          {current ? (
            <p>
              {t('guide.team.current')}{' '}
              <Link to={guidePaths.section(teamId, guide.id, current.module, current.section)}>{current.title}</Link>
            </p>
          ) : (
            <p>{t('guide.team.allComplete')}</p>
          )}
        </>
      ) : (
        <p>{t('guide.team.noLongerShipped')}</p>
      )}
      {guide.summary && (
        <p>
          <Link to={guidePaths.plan(teamId, guide.id)} className="small-link">
            {t('guide.plan.linkFor', { title })}
          </Link>
        </p>
      )}
    </li>
  );
}

/** Adopting is a rare step once a team has a guide: it waits behind a disclosure then, so the tab shows the team's
 * work first; a team with no guide sees the form open. */
function AdoptForm({ teamId, available, adopted, hasGuides }: { teamId: number; available: GuideInfo[]; adopted: (title: string) => Promise<void>; hasGuides: boolean }) {
  const { t } = useTranslation();
  const form = useForm();
  const [choice, setChoice] = useState(available[0]?.id ?? '');
  const selected = available.some((g) => g.id === choice) ? choice : (available[0]?.id ?? '');
  const onSubmit = form.submit(async () => {
    const guide = available.find((g) => g.id === selected);
    if (!guide) return;
    await api.adoptGuide(teamId, guide.id);
    await adopted(inLanguage(guide.title));
  });
  if (!available.length) return <p>{t('guide.team.everyGuideAdopted')}</p>;
  const adoptForm = (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="inline-form">
      <FormAlert message={form.errors.form} />
      <SelectField
        label={t('guide.team.adoptLabel')}
        name="guide"
        value={selected}
        options={available.map((g) => ({ value: g.id, label: inLanguage(g.title) }))}
        onChange={setChoice}
        error={form.errors.fields.guide}
      />
      {available.find((g) => g.id === selected) && <p className="hint">{inLanguage(available.find((g) => g.id === selected)!.description)}</p>}
      <SubmitButton busy={form.busy}>{t('guide.team.adopt')}</SubmitButton>
    </form>
  );
  if (!hasGuides) return adoptForm;
  return (
    <details className="disclosure">
      <summary>{t('guide.team.adoptAnother')}</summary>
      {adoptForm}
    </details>
  );
}

/** The team page's guides: each adopted guide's progress at a glance, and for the lead a way to adopt one. */
export function TeamGuides({ teamId, manages }: { teamId: number; manages: boolean }) {
  const { t } = useTranslation();
  const [load, reload] = useLoad(() => Promise.all([api.listTeamGuides(teamId), api.listGuides()]), [teamId]);
  const [status, setStatus] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="guides">
      <h2 id="guides" tabIndex={-1} ref={heading}>
        {t('guide.team.title')}
      </h2>
      <Status message={status} />
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' &&
        (() => {
          const [{ guides }, { guides: catalogue }] = load.data;
          const adoptedIds = new Set(guides.map((g) => g.id));
          return (
            <>
              {guides.length ? (
                <ul className="cards team-guides">
                  {guides.map((g) => (
                    <AdoptedGuide key={g.id} teamId={teamId} guide={g} catalogue={catalogue} />
                  ))}
                </ul>
              ) : (
                <p>{t('guide.team.none')}</p>
              )}
              {manages && (
                <AdoptForm
                  teamId={teamId}
                  available={catalogue.filter((g) => !adoptedIds.has(g.id))}
                  hasGuides={guides.length > 0}
                  adopted={async (title) => {
                    await reload();
                    setStatus(t('guide.team.adopted', { title }));
                    heading.current?.focus();
                  }}
                />
              )}
            </>
          );
        })()}
    </section>
  );
}
