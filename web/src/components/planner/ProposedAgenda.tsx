import { useTranslation } from 'react-i18next';
import type { AgendaRow } from '../../planRows';
import { TextField } from '../forms';
import { PrefixedLabel } from './PrefixedLabel';

/** A proposed meeting's agenda: each item's title and minutes to edit (its kind is the planner's). */
export function ProposedAgenda({
  agenda,
  number,
  at,
  errors,
  changeItem,
}: {
  agenda: AgendaRow[];
  number: number;
  at: string;
  errors: Record<string, string>;
  changeItem: (key: number, patch: Partial<AgendaRow>) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field group">
      <legend>
        <PrefixedLabel prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.agenda')} />
      </legend>
      <ol className="agenda-editor">
        {agenda.map((item, k) => {
          const prefix = t('guide.proposal.itemPrefix', { meeting: number, number: k + 1 });
          return (
            <li key={item.key} className="proposal-agenda-row">
              <span className="badge badge-planned">{t(`guide.agendaKind.${item.kind}`)}</span>
              <TextField
                label={<PrefixedLabel prefix={prefix} text={t('guide.proposal.itemTitle')} />}
                name={`${at}.agenda[${k}].title`}
                value={item.title}
                onChange={(e) => changeItem(item.key, { title: e.target.value })}
                error={errors[`${at}.agenda[${k}].title`]}
              />
              <TextField
                label={<PrefixedLabel prefix={prefix} text={t('guide.proposal.itemMinutes')} />}
                name={`${at}.agenda[${k}].minutes`}
                inputMode="numeric"
                value={item.minutes}
                onChange={(e) => changeItem(item.key, { minutes: e.target.value })}
                error={errors[`${at}.agenda[${k}].minutes`]}
              />
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
