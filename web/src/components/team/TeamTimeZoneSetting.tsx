import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Team } from '../../api';
import { staleCurrent } from '../EditConflict';
import { FormAlert, Status, SubmitButton, useForm } from '../forms';
import { TimeZoneSelect } from '../TimeZoneSelect';
import { zoneName } from '../../meetings';

/**
 * The team's time zone: new meetings are planned in it. Its managers change it (the API's `may.manage`); everyone
 * else reads it. Someone saving the team first: the form says so, shows their zone and saves on the next try.
 */
export function TeamTimeZoneSetting({ team, saved }: { team: Team; saved: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [zone, setZone] = useState(team.time_zone);
  const [base, setBase] = useState(team.version);
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = form.submit(async () => {
    try {
      const answer = await api.updateTeam(team.id, { time_zone: zone, version: base });
      setBase(answer.version);
      setStatus(t('teamZone.saved', { zone: zoneName(zone, t) }));
      await saved();
    } catch (failure) {
      const current = staleCurrent<Team>(failure);
      if (!current) throw failure;
      setBase(current.version);
      setStatus(t('teamZone.stale', { zone: zoneName(current.time_zone, t) }));
    }
  });
  return (
    <section aria-labelledby="team-time-zone" className="panel">
      <h2 id="team-time-zone">{t('teamZone.title')}</h2>
      {team.may.manage ? (
        <form noValidate onSubmit={onSubmit} ref={form.formRef}>
          <FormAlert message={form.errors.form} />
          <Status message={status} />
          <TimeZoneSelect
            label={t('teamZone.label')}
            hint={t('teamZone.hint')}
            name="time_zone"
            value={zone}
            onChange={setZone}
            error={form.errors.fields.time_zone}
          />
          <SubmitButton busy={form.busy}>{t('teamZone.save')}</SubmitButton>
        </form>
      ) : (
        <p>{t('teamZone.reads', { zone: zoneName(team.time_zone, t) })}</p>
      )}
    </section>
  );
}
