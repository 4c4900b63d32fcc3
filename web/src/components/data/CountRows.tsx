import { useTranslation } from 'react-i18next';
import { STUDENT_GROUPS, groupName } from '../../dataLabels';
import { SelectField, TextField } from '../forms';
import { firstFreeGroup, newCountRow, type CountRowDraft } from './countsDraft';

type Errors = Record<string, string | undefined>;
type UpdateRows = (update: (list: CountRowDraft[]) => CountRowDraft[]) => void;

/** One student group's counts, with its own remove button. */
function CountRow({ row, index, errors, setRows }: { row: CountRowDraft; index: number; errors: Errors; setRows: UpdateRows }) {
  const { t } = useTranslation();
  const setRow = (change: Partial<CountRowDraft>) => setRows((list) => list.map((r) => (r.key === row.key ? { ...r, ...change } : r)));
  const groupOptions = [...new Set([...STUDENT_GROUPS, row.group])].map((code) => ({
    value: code,
    label: groupName(t, code),
  }));
  return (
    <div className="count-row" role="group" aria-label={t('data.counts.rowLabel', { number: index + 1, group: groupName(t, row.group) })}>
      <SelectField label={t('data.table.group')} name={`group-${index}`} value={row.group} options={groupOptions} onChange={(group) => setRow({ group })} error={errors[`groups[${index}].group`]} />
      <TextField
        label={t('data.counts.denominator')}
        name={`denominator-${index}`}
        inputMode="numeric"
        value={row.denominator}
        onChange={(event) => setRow({ denominator: event.target.value })}
        error={errors[`groups[${index}].denominator`]}
      />
      <TextField
        label={t('data.counts.numerator')}
        name={`numerator-${index}`}
        inputMode="numeric"
        value={row.numerator}
        onChange={(event) => setRow({ numerator: event.target.value })}
        error={errors[`groups[${index}].numerator`]}
      />
      <button
        type="button"
        className="button button-small"
        onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
        aria-label={t('data.counts.removeRow', { group: groupName(t, row.group) })}
      >
        {t('data.counts.remove')}
      </button>
    </div>
  );
}

/** The student groups' counts, one row each; a message about the list as a whole stands above the rows. */
export function CountRows({ rows, errors, setRows }: { rows: CountRowDraft[]; errors: Errors; setRows: UpdateRows }) {
  const { t } = useTranslation();
  return (
    <fieldset className={`field${errors.groups && !errors['groups[0].group'] ? ' field-invalid' : ''}`}>
      <legend>{t('data.counts.groups')}</legend>
      <p className="hint">{t('data.counts.groupsHint')}</p>
      {errors.groups && (
        <p className="field-error" id="groups-error">
          {errors.groups}
        </p>
      )}
      {rows.map((row, i) => (
        <CountRow key={row.key} row={row} index={i} errors={errors} setRows={setRows} />
      ))}
      <p>
        <button type="button" className="button button-small" onClick={() => setRows((list) => [...list, newCountRow(firstFreeGroup(list))])}>
          {t('data.counts.addRow')}
        </button>
      </p>
    </fieldset>
  );
}
