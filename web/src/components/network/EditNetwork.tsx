import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Network } from '../../api';
import { formatDate } from '../../format';
import { EditConflict, staleCurrent, useConflictWords } from '../EditConflict';
import { throwFieldProblems } from '../../fieldChecks';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { NetworkFields } from './NetworkFields';
import { draftOfNetwork, networkFieldsOf, type NetworkDraft } from './networkDraft';

function DraftSummary({ draft }: { draft: NetworkDraft }) {
  const { t } = useTranslation();
  const date = (value: string) => (value ? formatDate(value) : t('network.noDate'));
  return (
    <ul>
      <li>{draft.name}</li>
      {draft.focus && <li>{draft.focus}</li>}
      <li>
        {t('network.starts')}: {date(draft.startsOn)} · {t('network.ends')}: {date(draft.endsOn)}
      </li>
    </ul>
  );
}

/**
 * The facilitator's admins rename the network and change its focus and dates, in place. Someone saving first
 * shows their values beside the ones typed here until the user picks.
 */
export function EditNetwork({ network, saved, cancel }: { network: Network; saved: (network: Network) => void; cancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const words = useConflictWords('networkAdmin.edit');
  const [draft, setDraft] = useState(() => draftOfNetwork(network));
  const [base, setBase] = useState(network.version);
  const [conflict, setConflict] = useState<Network | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (conflict) document.getElementById('edit-network-conflict')?.focus();
  }, [conflict]);
  const pick = (version: number) => {
    setBase(version);
    setConflict(null);
  };
  const onSubmit = form.submit(async () => {
    const { problems, fields } = networkFieldsOf(draft);
    throwFieldProblems(t('errors.checkFields'), problems);
    try {
      saved(await api.updateNetwork(network.id, { ...fields, version: base }));
    } catch (failure) {
      const current = staleCurrent<Network>(failure);
      if (!current) throw failure;
      setConflict(current);
    }
  });
  return (
    <section aria-labelledby="edit-network" className="panel">
      <h2 id="edit-network" ref={heading} tabIndex={-1}>
        {t('networkAdmin.editTitle')}
      </h2>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        {conflict && (
          <EditConflict
            id="edit-network"
            level={3}
            words={words}
            theirs={<DraftSummary draft={draftOfNetwork(conflict)} />}
            mine={<DraftSummary draft={draft} />}
            onKeepMine={() => pick(conflict.version)}
            onUseTheirs={() => {
              setDraft(draftOfNetwork(conflict));
              pick(conflict.version);
            }}
          />
        )}
        <NetworkFields draft={draft} set={setDraft} errors={form.errors.fields} />
        <div className="actions">
          <SubmitButton busy={form.busy}>{t('networkAdmin.save')}</SubmitButton>{' '}
          <button type="button" className="button" onClick={cancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
