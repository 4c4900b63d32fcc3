import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type OutreachItem, type OutreachPatch, type Team as TeamData } from '../../api';
import { FormAlert, Status, useProblemText } from '../forms';
import { type Labels } from './labels';
import { OutreachCard } from './OutreachCard';

export type SaveOutreach = (item: OutreachItem, changes: Omit<OutreachPatch, 'version'>, said: string) => Promise<boolean>;

/** The team's outreach items: owner, due date and status of each; its contributors edit them and mark them done. */
export function Outreach({
  team,
  labels,
  headingRef,
  reload,
}: {
  team: TeamData;
  labels: Labels;
  headingRef: RefObject<HTMLHeadingElement | null>;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save: SaveOutreach = async (item, changes, said) => {
    setError(null);
    setStatus(null);
    try {
      await api.updateOutreachItem(team.id, item.id, { ...changes, version: item.version });
      await reload();
      setStatus(said);
      return true;
    } catch (failure) {
      // Someone else saved first: the saved item is shown again, with the reason.
      if (failure instanceof ApiError && failure.is('stale-edit')) await reload();
      setError(failure instanceof ApiError && failure.is('stale-edit') ? t('team.outreachStale') : problemText(failure));
      return false;
    }
  };

  return (
    <section aria-labelledby="outreach">
      <h2 id="outreach" tabIndex={-1} ref={headingRef}>
        {t('team.outreach')}
      </h2>
      <Status message={status} />
      <FormAlert message={error} />
      {team.outreach_items.length ? (
        <ul className="cards outreach-items">
          {team.outreach_items.map((item) => (
            <OutreachCard key={item.id} item={item} team={team} labels={labels} contributes={team.may.contribute} save={save} />
          ))}
        </ul>
      ) : (
        <p>{t('team.noOutreach')}</p>
      )}
    </section>
  );
}
