import { useTranslation } from 'react-i18next';
import { type Perspective, type Team } from '../../api';
import { type Labels } from './labels';
import { ManageForms } from './ManageForms';
import { NetworkSharing } from './NetworkSharing';
import { RepresentationExpectations } from './RepresentationExpectations';
import { TeamTimeZoneSetting } from './TeamTimeZoneSetting';

/** The settings tab, apart from status: adding and inviting members, representation expectations, sharing with
 * the network (and the team's time zone). Only for those who may manage the team (`may.manage`); anyone else who
 * opens its address is told so. */
export function TeamSettings({
  team,
  catalogue,
  labels,
  done,
}: {
  team: Team;
  catalogue: Perspective[];
  labels: Labels;
  done: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  if (!team.may.manage) return <p>{t('teamTabs.settingsNotYours')}</p>;
  return (
    <>
      <ManageForms team={team} catalogue={catalogue} labels={labels} added={(name) => done(t('team.added', { name }))} />
      <RepresentationExpectations key={team.version} team={team} saved={done} />
      <NetworkSharing teamId={team.id} />
      {/* Its own saved message; the page's status line stays empty. */}
      <TeamTimeZoneSetting team={team} saved={() => done('')} />
    </>
  );
}
