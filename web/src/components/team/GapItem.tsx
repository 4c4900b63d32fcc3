import { useTranslation } from 'react-i18next';
import { type GapKind } from '../../api';

/** One missing perspective or grade span, with its outreach state: planned, or a button to plan it. */
export function GapItem({
  gap,
  planned,
  manages,
  busy,
  plan,
}: {
  gap: { kind: GapKind; key: string; label: string };
  planned: boolean;
  manages: boolean;
  busy: boolean;
  plan: () => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="gap">
      <span className="badge badge-missing">
        <span aria-hidden="true">✗ </span>
        {t('team.missingLabel')}
      </span>{' '}
      <span className="gap-name">
        {gap.kind === 'perspective'
          ? t('team.missingPerspective', { label: gap.label })
          : t('team.missingGradeSpan', { label: gap.label })}
      </span>
      {planned ? (
        <span className="badge badge-planned">{t('team.outreachPlanned')}</span>
      ) : (
        manages && (
          <button
            type="button"
            className="button button-small"
            aria-disabled={busy || undefined}
            onClick={plan}
          >
            {t('team.planOutreach')}
            <span className="visually-hidden"> {t('team.planOutreachFor', { label: gap.label })}</span>
          </button>
        )
      )}
    </li>
  );
}
