import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type ImportKind } from '../../dataApi';

/** The kind of file to import: one radio button per kind, each with what such a file holds tied to it. */
export function KindChoice({ value, onChange }: { value: ImportKind; onChange: (kind: ImportKind) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="field checkboxes">
      <legend>{t('data.import.kind')}</legend>
      <div className="kind-list">
        {IMPORT_KINDS.map((kind) => (
          <div className="checkbox" key={kind}>
            <input
              type="radio"
              id={`${id}-${kind}`}
              name="kind"
              value={kind}
              checked={value === kind}
              aria-describedby={`${id}-${kind}-hint`}
              onChange={() => onChange(kind)}
            />
            <label htmlFor={`${id}-${kind}`}>{t(`data.kind.${kind}`)}</label>
            <p id={`${id}-${kind}-hint`} className="hint wrap-anywhere">
              {t(`data.import.kindHint.${kind}`)}
            </p>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
