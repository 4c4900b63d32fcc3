// Teacher capacity (guide section D): qualified teachers per offered language (a language with fewer than two
// is at risk), the experience mix, the professional learning priorities (Borda points over the rankings), the
// profiles, and each member's own profile.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import '../data.css';
import { ApiError } from '../api';
import { DataNav } from '../components/data/DataNav';
import { TeacherProfileForm } from '../components/data/TeacherProfileForm';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { dataPaths, loadDataAccess } from '../dataAccess';
import { dataApi, type TeacherCapacity, type TeacherProfile } from '../dataApi';
import { formatCount, programTypeNames } from '../dataLabels';
import { useUser } from '../session';

function Coverage({ capacity, orgId, manages }: { capacity: TeacherCapacity; orgId: number; manages: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">{t('data.teachers.coverage')}</h2>
      {capacity.languages.length === 0 ? (
        <p>
          {t('data.teachers.noLanguages')} {manages && <Link to={dataPaths.settings(orgId)}>{t('data.teachers.setLanguages')}</Link>}
        </p>
      ) : (
        <TableRegion caption={t('data.teachers.coverageCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('data.settings.language')}</th>
              <th scope="col">{t('data.settings.programTypes')}</th>
              <th scope="col" className="number">{t('data.teachers.qualified')}</th>
              <th scope="col" className="number">{t('data.teachers.withoutCredential')}</th>
              <th scope="col">{t('data.teachers.status')}</th>
            </tr>
          </thead>
          <tbody>
            {capacity.languages.map((l) => (
              <tr key={l.language}>
                <th scope="row">{l.language}</th>
                <td>{programTypeNames(t, l.program_types)}</td>
                <td className="number">{formatCount(l.qualified_teachers)}</td>
                <td className="number">{formatCount(l.teaching_without_credential)}</td>
                <td>{l.at_risk ? <span className="at-risk">{t('data.teachers.atRisk')}</span> : t('data.teachers.covered')}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}

function Experience({ capacity }: { capacity: TeacherCapacity }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="experience">
      <h2 id="experience">{t('data.teachers.experience')}</h2>
      <TableRegion caption={t('data.teachers.experienceCaption', { count: capacity.teachers })}>
        <thead>
          <tr>
            <th scope="col">{t('data.teachers.band')}</th>
            <th scope="col" className="number">{t('data.teachers.teachers')}</th>
          </tr>
        </thead>
        <tbody>
          {capacity.experience.map((b) => (
            <tr key={b.band}>
              <th scope="row">{b.band === 'unknown' ? t('data.teachers.bandUnknown') : t('data.teachers.bandYears', { band: b.band })}</th>
              <td className="number">{formatCount(b.teachers)}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </section>
  );
}

function Priorities({ capacity }: { capacity: TeacherCapacity }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="priorities">
      <h2 id="priorities">{t('data.teachers.priorities')}</h2>
      <p className="hint">{t('data.teachers.prioritiesHint')}</p>
      {capacity.priorities.length === 0 ? (
        <p>{t('data.teachers.noPriorities')}</p>
      ) : (
        <TableRegion caption={t('data.teachers.prioritiesCaption')}>
          <thead>
            <tr>
              <th scope="col" className="number">{t('data.teachers.rank')}</th>
              <th scope="col">{t('data.teachers.need')}</th>
              <th scope="col" className="number">{t('data.teachers.points')}</th>
              <th scope="col" className="number">{t('data.teachers.rankedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {capacity.priorities.map((p, i) => (
              <tr key={p.need}>
                <td className="number">{i + 1}</td>
                <th scope="row">{p.need}</th>
                <td className="number">{formatCount(p.points)}</td>
                <td className="number">{formatCount(p.teachers)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}

function Profiles({ profiles }: { profiles: TeacherProfile[] }) {
  const { t } = useTranslation();
  const list = (values: string[]) => values.join(', ') || '—';
  return (
    <section aria-labelledby="profiles">
      <h2 id="profiles">{t('data.teachers.profiles')}</h2>
      {profiles.length === 0 ? (
        <p>{t('data.teachers.noProfiles')}</p>
      ) : (
        <TableRegion caption={t('data.teachers.profilesCaption', { count: profiles.length })}>
          <thead>
            <tr>
              <th scope="col">{t('data.teachers.name')}</th>
              <th scope="col">{t('data.teachers.source')}</th>
              <th scope="col">{t('data.teachers.credentials')}</th>
              <th scope="col" className="number">{t('data.teachers.years')}</th>
              <th scope="col">{t('data.teachers.languages')}</th>
              <th scope="col">{t('data.teachers.gradeSpans')}</th>
              <th scope="col">{t('data.teachers.programTypes')}</th>
              <th scope="col">{t('data.teachers.learningNeeds')}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name}
                  {p.own && <span className="meta"> ({t('data.teachers.you')})</span>}
                </th>
                <td>{p.source === 'self' ? t('data.teachers.sourceSelf') : t('data.teachers.sourceImport')}</td>
                <td>{list(p.credentials)}</td>
                <td className="number">{p.years_experience ?? '—'}</td>
                <td>{list(p.languages)}</td>
                <td>{list(p.grade_spans.map((s) => t(`gradeSpan.${s}`)))}</td>
                <td>{programTypeNames(t, p.program_types)}</td>
                <td>{p.learning_needs.length ? <ol>{p.learning_needs.map((n) => <li key={n}>{n}</li>)}</ol> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}

export default function Teachers() {
  const { t } = useTranslation();
  const user = useUser();
  const orgId = Number(useParams().id);
  const [load, reload] = useLoad(async () => {
    const access = await loadDataAccess(orgId);
    const [teachers, mine] = await Promise.all([
      dataApi.teachers(orgId),
      access.keepsProfile ? dataApi.myProfile(orgId).catch((error) => (error instanceof ApiError && error.status < 500 ? null : Promise.reject(error))) : null,
    ]);
    return { access, teachers, mine };
  }, [orgId, user.id]);
  usePageTitle(t('data.teachers.title'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { access, teachers, mine } = load.data;
  return (
    <>
      <h1>{t('data.teachers.title')}</h1>
      <DataNav orgId={orgId} orgName={access.organization.name} manages={access.manages} admin={access.admin} />
      <p>{t('data.teachers.intro')}</p>
      {access.manages && (
        <p>
          <Link to={dataPaths.import(orgId, 'teachers')}>{t('data.teachers.importStaff')}</Link>
        </p>
      )}
      <Coverage capacity={teachers.capacity} orgId={orgId} manages={access.manages} />
      <Experience capacity={teachers.capacity} />
      <Priorities capacity={teachers.capacity} />
      <Profiles profiles={teachers.profiles} />
      {mine && <TeacherProfileForm orgId={orgId} initial={mine.profile} onSaved={() => void reload()} />}
    </>
  );
}
