import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';
import { CoachedTeams } from '../components/coaching/CoachedTeams';
import { NextForYou } from '../components/home/NextForYou';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { useUser } from '../session';

export default function Home() {
  const { t } = useTranslation();
  const user = useUser();
  usePageTitle(t('home.title'));
  const [load] = useLoad(() => api.getMe(), []);

  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const me = load.data;
  const organizationName = new Map(me.organizations.map((o) => [o.id, o.name]));

  return (
    <>
      <h1>{t('home.welcome', { name: user.name })}</h1>
      <NextForYou />
      <CoachedTeams />
      <div className="columns">
        <section aria-labelledby="my-organizations">
          <h2 id="my-organizations">{t('home.organizations')}</h2>
          {me.organizations.length ? (
            <ul className="cards">
              {me.organizations.map((o) => (
                <li key={o.id}>
                  <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                  <span className="meta">
                    {t(`kind.${o.kind}`)} · {t(`role.organization.${o.role}`)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noOrganizations')}</p>
          )}
          <p>
            <Link to="/organizations/new">{t('home.createOrganization')}</Link>
          </p>
        </section>
        <section aria-labelledby="my-networks">
          <h2 id="my-networks">{t('home.networks')}</h2>
          {me.networks.length ? (
            <ul className="cards">
              {me.networks.map((n) => (
                <li key={n.id}>
                  <Link to={`/networks/${n.id}`}>{n.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noNetworks')}</p>
          )}
        </section>
        <section aria-labelledby="my-teams">
          <h2 id="my-teams">{t('home.teams')}</h2>
          {me.teams.length ? (
            <ul className="cards">
              {me.teams.map((team) => (
                <li key={team.id}>
                  <Link to={`/teams/${team.id}`}>{team.name}</Link>
                  <span className="meta">
                    {[organizationName.get(team.organization_id), t(`role.team.${team.role}`)].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noTeams')}</p>
          )}
        </section>
      </div>
    </>
  );
}
