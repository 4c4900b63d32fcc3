import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, SECTION_STATUSES, type SectionStatus, type SectionStatusChange } from '../api';
import { FormAlert, RadioGroup, Status, SubmitButton, useForm } from './forms';
import { SectionStatusBadge } from './GuideProgressBar';
import { formatDateTime } from '../format';

interface Props {
  teamId: number;
  guide: string;
  module: string;
  section: string;
  status: SectionStatus;
  changedBy: string | null;
  changedAt: string | null;
  contributes: boolean;
  changed: (change: SectionStatusChange) => void;
}

/** A section's status: shown to everyone; members choose not started / in progress / complete and save. */
export function GuideSectionStatus({ teamId, guide, module, section, status, changedBy, changedAt, contributes, changed }: Props) {
  const { t } = useTranslation();
  const form = useForm();
  const id = useId();
  const [choice, setChoice] = useState<SectionStatus>(status);
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = form.submit(async () => {
    setMessage(null);
    const change = await api.setSectionStatus(teamId, guide, module, section, choice);
    changed(change);
    setMessage(t('guide.section.statusSaved', { status: t(`guide.status.${change.status}`) }));
  });
  const who = changedBy ? <p className="meta">{t('guide.section.statusBy', { name: changedBy, time: formatDateTime(changedAt) })}</p> : null;
  return (
    <section aria-labelledby={`${id}-status`} className="panel guide-status">
      <h2 id={`${id}-status`}>{t('guide.section.statusTitle')}</h2>
      <p>
        <SectionStatusBadge status={status} />
      </p>
      {who}
      {contributes && (
        <form noValidate onSubmit={onSubmit} ref={form.formRef}>
          <FormAlert message={form.errors.form} />
          <RadioGroup<SectionStatus>
            legend={t('guide.section.statusLegend')}
            name="status"
            value={choice}
            options={SECTION_STATUSES.map((value) => ({ value, label: t(`guide.status.${value}`) }))}
            onChange={setChoice}
            error={form.errors.fields.status}
          />
          <SubmitButton busy={form.busy}>{t('guide.section.saveStatus')}</SubmitButton>
          <Status message={message} />
        </form>
      )}
    </section>
  );
}
