import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Team } from '../../api';
import { type Labels } from './labels';

/** The team's name, organization, the caller's role (its name only) and focus. */
export function TeamHeader({ team, labels }: { team: Team; labels: Labels }) {
  const { t } = useTranslation();
  return (
    <>
    <h1>{team.name}</h1>
    <p className="lead">
      {t('team.of')} <Link to={`/organizations/${team.organization.id}`}>{team.organization.name}</Link>
      {team.my_role && <> · {t('team.yourRole', { role: labels.role(team.my_role) })}</>}
    </p>
    {team.focus && (
      <p>
        <strong>{t('team.focus')}:</strong> {team.focus}
      </p>
    )}
    </>
  );
}
