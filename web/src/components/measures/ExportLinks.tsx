import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';

const CSV_SHEETS = ['measures', 'points', 'signals'] as const;

/**
 * The team's spreadsheet export: the workbook (every sheet) and each sheet as CSV. Plain links the browser saves
 * (the session cookie goes with them); `lang` because a link is followed with the browser's own Accept-Language.
 */
export function ExportLinks({ teamId, headingLevel }: { teamId: number; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const base = `/api/v1/teams/${teamId}/export`;
  const lang = `?lang=${currentLanguage()}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="export-links" aria-labelledby={`export-${teamId}`}>
      <Heading id={`export-${teamId}`}>{t('measures.export.title')}</Heading>
      <ul className="link-list">
        <li>
          <a href={`${base}.xlsx${lang}`} download>
            {t('measures.export.xlsx')}
          </a>
        </li>
        {CSV_SHEETS.map((sheet) => (
          <li key={sheet}>
            <a href={`${base}/${sheet}.csv${lang}`} download>
              {t(`measures.export.csv.${sheet}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="meta">{t('measures.export.explain')}</p>
    </section>
  );
}
