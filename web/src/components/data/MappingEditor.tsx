import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CANONICAL_COLUMNS, type ColumnMapping } from '../../dataApi';
import { MappingColumns } from './MappingColumns';
import { MappingValues } from './MappingValues';

/** A column mapping as the form holds it: canonical column ← source column, and value rows. */
export interface MappingDraft {
  columns: Record<string, string>;
  values: { column: string; from: string; to: string }[];
  separator: string;
}

export function draftOf(mapping: ColumnMapping | undefined): MappingDraft {
  const values: MappingDraft['values'] = [];
  for (const [column, pairs] of Object.entries(mapping?.values ?? {})) {
    for (const [from, to] of Object.entries(pairs)) values.push({ column, from, to });
  }
  return { columns: { ...(mapping?.columns ?? {}) }, values, separator: mapping?.program_separator || ';' };
}

export function mappingOf(draft: MappingDraft, programGrades?: Record<string, string[]>): ColumnMapping {
  const columns: Record<string, string> = {};
  for (const [canonical, source] of Object.entries(draft.columns)) if (source) columns[canonical] = source;
  const values: Record<string, Record<string, string>> = {};
  for (const row of draft.values) {
    if (!row.column || !row.from.trim()) continue;
    (values[row.column] ??= {})[row.from.trim()] = row.to.trim();
  }
  return { columns, values, program_separator: draft.separator || ';', ...(programGrades ? { program_grades: programGrades } : {}) };
}

/** True when the draft only says what the canonical layout already says (no mapping needed). */
export function isIdentity(draft: MappingDraft): boolean {
  return (
    Object.entries(draft.columns).every(([canonical, source]) => !source || source === canonical) &&
    draft.values.every((row) => !row.from.trim()) &&
    (draft.separator || ';') === ';'
  );
}

/**
 * The editable mapping: one select per canonical column listing the file's own columns, optional value
 * rows (source value → canonical value) and the programs separator. Field errors come keyed by JSON path
 * ("mapping.columns.grade").
 */
export function MappingEditor({
  header,
  draft,
  onChange,
  errors,
}: {
  header: string[];
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const used = new Set(Object.values(draft.columns).filter(Boolean));
  const ignored = header.filter((name) => !used.has(name) && !(CANONICAL_COLUMNS as readonly string[]).includes(name));
  return (
    <fieldset className="field">
      <legend>{t('data.mapping.legend')}</legend>
      <p className="hint">{t('data.mapping.hint')}</p>
      <MappingColumns id={id} header={header} draft={draft} onChange={onChange} errors={errors} />
      <p>{ignored.length ? t('data.mapping.ignored', { columns: ignored.join(', ') }) : t('data.mapping.noneIgnored')}</p>
      <MappingValues id={id} draft={draft} onChange={onChange} />
    </fieldset>
  );
}
