import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api';
import { Status } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { HypothesisForm, HypothesisSentence } from '../components/prototypes/HypothesisForm';
import { prototypesApi } from '../prototypesApi';

/** /teams/:id/prototypes: the team's prototypes, newest first, each with its hypothesis and status; the team's
 * writers start a new one here. */
export default function Prototypes() {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [load] = useLoad(async () => {
    const [team, list] = await Promise.all([api.getTeam(teamId), prototypesApi.list(teamId)]);
    return { team, list: list.prototypes };
  }, [teamId]);
  usePageTitle(t('prototypes.title'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { team, list } = load.data;
  return (
    <>
      <h1>{t('prototypes.title')}</h1>
      <p className="lead">
        <Link to={`/teams/${teamId}/improvement`}>{t('prototypes.backTo', { team: team.name })}</Link>
      </p>
      <Status message={null} />
      {list.length === 0 ? (
        <p>{t('prototypes.none')}</p>
      ) : (
        <ul className="prototype-list">
          {list.map((p) => (
            <li key={p.id}>
              <h2>
                <Link to={`/teams/${teamId}/prototypes/${p.id}`}>{p.title}</Link>
              </h2>
              <HypothesisSentence h={p} />
              <p className="meta">
                {t(`prototypes.status.${p.status}`)} · {t('prototypes.versionCount', { count: p.versions })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {team.may.contribute && (
        <section aria-labelledby="new-prototype">
          <h2 id="new-prototype">{t('prototypes.new')}</h2>
          {adding ? (
            <HypothesisForm submitLabel={t('prototypes.create')} save={async (h) => {
              const made = await prototypesApi.create(teamId, h);
              void navigate(`/teams/${teamId}/prototypes/${made.id}`);
            }} />
          ) : (
            <button type="button" className="button" onClick={() => setAdding(true)}>{t('prototypes.new')}</button>
          )}
        </section>
      )}
    </>
  );
}
