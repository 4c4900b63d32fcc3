import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, FormAlert, Status, SubmitButton, useForm } from '../forms';
import { InlineFailure, Loading, useLoad } from '../page';
import { formatDateTime } from '../../format';
import { PEERS, SHARE_KINDS, networkProgressApi, type ShareKind, type TeamNetworkSharing } from '../../networkProgressApi';

function SharingForm({ sharing, saved }: { sharing: TeamNetworkSharing; saved: (now: TeamNetworkSharing) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const [kinds, setKinds] = useState<ShareKind[]>(sharing.kinds.filter((k) => k !== PEERS));
  const [audience, setAudience] = useState<ShareKind[]>(sharing.kinds.filter((k) => k === PEERS));
  const [done, setDone] = useState<string | null>(null);
  const onSubmit = form.submit(async () => {
    setDone(null);
    const now = await networkProgressApi.setSharing(sharing.team_id, [...SHARE_KINDS.filter((k) => kinds.includes(k)), ...audience]);
    saved(now);
    setDone(now.kinds.some((k) => k !== PEERS) ? t('sharing.saved') : t('sharing.savedNothing'));
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef}>
      <FormAlert message={form.errors.form} />
      <CheckboxGroup
        legend={t('sharing.legend')}
        name="kinds"
        options={SHARE_KINDS.map((value) => ({ value, label: t(`sharing.kind.${value}`) }))}
        value={kinds}
        onChange={setKinds}
        error={form.errors.fields.kinds}
        hint={t('sharing.hint')}
      />
      <CheckboxGroup
        legend={t('sharing.audience')}
        name="audience"
        options={[{ value: PEERS, label: t('sharing.kind.peers') }]}
        value={audience}
        onChange={setAudience}
        hint={t('sharing.audienceHint')}
      />
      <SubmitButton busy={form.busy}>{t('sharing.save')}</SubmitButton>
      <Status message={done} />
    </form>
  );
}

/** What the team shares with its district's networks: off until the lead turns a kind on. */
export function NetworkSharing({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => networkProgressApi.sharing(teamId), [teamId]);
  const [override, setOverride] = useState<TeamNetworkSharing | null>(null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <InlineFailure error={load.error} />;
  const sharing = override ?? load.data;
  return (
    <section aria-labelledby="network-sharing">
      <h2 id="network-sharing">{t('sharing.title')}</h2>
      {sharing.networks.length === 0 ? (
        <p>{t('sharing.noNetwork')}</p>
      ) : (
        <p>{t('sharing.intro', { networks: sharing.networks.map((n) => n.name).join(', ') })}</p>
      )}
      {sharing.may.manage ? (
        <SharingForm sharing={sharing} saved={setOverride} />
      ) : (
        <ul>
          {sharing.kinds.length === 0 && <li>{t('sharing.nothing')}</li>}
          {sharing.kinds.map((kind) => (
            <li key={kind}>{t(`sharing.kind.${kind}`)}</li>
          ))}
        </ul>
      )}
      {sharing.changed_at && (
        <p className="meta">{t('sharing.changed', { name: sharing.changed_by ?? t('sharing.someone'), time: formatDateTime(sharing.changed_at) })}</p>
      )}
    </section>
  );
}
