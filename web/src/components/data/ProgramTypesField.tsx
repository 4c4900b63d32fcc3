// Program types as a teacher or a data lead picks them: the named ones as checkboxes, any other typed in words.
// The server keeps every program type as a key ("Seal of biliteracy" -> "seal_of_biliteracy"), so the typed
// words are written back from the key when a saved list is edited again.
import { useTranslation } from 'react-i18next';
import { PROGRAM_TYPES, programTypeName } from '../../dataLabels';
import { CheckboxGroup, TextField, splitList } from '../forms';

export interface ProgramTypesDraft {
  named: string[];
  other: string;
}

/** A saved list of keys as the field shows it. */
export function programTypesDraft(keys: string[]): ProgramTypesDraft {
  return {
    named: keys.filter((k) => PROGRAM_TYPES.includes(k)),
    other: keys
      .filter((k) => !PROGRAM_TYPES.includes(k))
      .map((k) => k.replace(/_/g, ' '))
      .join(', '),
  };
}

/** What to send: the named ones, then the others typed (the server makes keys of them). */
export const programTypesToSend = (draft: ProgramTypesDraft): string[] => [...draft.named, ...splitList(draft.other)];

export function ProgramTypesField({
  legend,
  name,
  value,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  value: ProgramTypesDraft;
  onChange: (value: ProgramTypesDraft) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxGroup
        legend={legend}
        name={name}
        options={PROGRAM_TYPES.map((key) => ({ value: key, label: programTypeName(t, key) }))}
        value={value.named}
        onChange={(named) => onChange({ ...value, named })}
        error={error}
      />
      <TextField
        label={t('data.programTypesOther')}
        name={`${name}-other`}
        optional
        hint={t('data.programTypesOtherHint')}
        value={value.other}
        onChange={(event) => onChange({ ...value, other: event.target.value })}
      />
    </>
  );
}
