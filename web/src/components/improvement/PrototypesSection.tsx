import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { prototypesApi } from '../../prototypesApi';
import { InlineFailure, useLoad } from '../page';

/** The improvement tab's prototypes: how many the team is testing and decided, and the way to the list. */
export function PrototypesSection({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => prototypesApi.list(teamId), [teamId]);
  const list = load.state === 'ready' ? load.data.prototypes : [];
  const testing = list.filter((p) => p.status === 'testing').length;
  return (
    <section aria-labelledby="improvement-prototypes">
      <h2 id="improvement-prototypes">{t('prototypes.title')}</h2>
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' && (
        <p>{list.length ? t('prototypes.summary', { count: list.length, testing }) : t('prototypes.none')}</p>
      )}
      <p>
        <Link to={`/teams/${teamId}/prototypes`}>{t('prototypes.open')}</Link>
      </p>
    </section>
  );
}
