import { useTranslation } from 'react-i18next';
import type { FormEvent } from 'react';
import { AskFirst } from '../AskFirst';
import { SelectField, TextField } from '../forms';
import { MappingEditor } from './MappingEditor';
import type { ColumnMapping } from './useColumnMapping';

/** The column mapping of a student-level import: a saved one to start from, the editor, and saving it by name. */
export function MappingPanel({ mapping, errors, onSave }: { mapping: ColumnMapping; errors: Record<string, string>; onSave: (event: FormEvent) => void }) {
  const { t } = useTranslation();
  const { header, saved, dirty } = mapping;
  return (
    <section aria-labelledby="mapping-title" className="panel">
      <h3 id="mapping-title" tabIndex={-1}>{t('data.import.mappingTitle')}</h3>
      <SelectField
        label={t('data.import.savedMapping')}
        name="saved_mapping"
        value={mapping.savedId === null ? '' : String(mapping.savedId)}
        options={[{ value: '', label: t('data.import.noSavedMapping') }, ...mapping.mappings.map((m) => ({ value: String(m.id), label: m.name }))]}
        onChange={mapping.chooseSaved}
      />
      {saved && (
        <AskFirst
          label={t('mappingDelete.open')}
          which={saved.name}
          question={t('mappingDelete.question', { name: saved.name })}
          yes={t('mappingDelete.yes')}
          act={async () => {
            await mapping.remove();
            requestAnimationFrame(() => document.getElementById('mapping-title')?.focus());
          }}
        />
      )}
      {header ? <MappingEditor header={header} draft={mapping.draft} onChange={mapping.edit} errors={errors} /> : <p>{t('data.import.mappingAfterFile')}</p>}
      {(header || saved) && (
        <div className="inline-form">
          <TextField
            label={t('data.import.mappingName')}
            name="mapping_name"
            optional={!dirty}
            hint={dirty ? t('data.import.mappingNameNeeded') : t('data.import.mappingNameHint')}
            value={mapping.name}
            onChange={(event) => mapping.setName(event.target.value)}
            error={errors.mapping_name ?? errors.name}
          />
          <button type="button" className="button" onClick={onSave}>
            {t('data.import.saveMapping')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {mapping.status && <p className="alert alert-success">{mapping.status}</p>}
      </div>
    </section>
  );
}
