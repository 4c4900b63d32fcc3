import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

/** The sheets of a team's export, by the page that offers them. */
export const EXPORT_SHEETS = {
  measures: ['measures', 'points', 'signals'],
  plan: ['goals', 'tasks', 'plan'],
  assessments: ['assessments', 'criteria'],
} as const;

type ExportTopic = keyof typeof EXPORT_SHEETS;

/**
 * The team's spreadsheet export: the workbook (every sheet) and the topic's sheets as CSV. Plain links the browser
 * saves (the session cookie goes with them); `lang` because a link is followed with the browser's own
 * Accept-Language.
 */
export function ExportLinks({ teamId, headingLevel, topic = 'measures' }: { teamId: number; headingLevel: 2 | 3; topic?: ExportTopic }) {
  const { t } = useTranslation();
  const base = `/api/v1/teams/${teamId}/export`;
  const lang = `?lang=${currentLanguage()}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="export-links" aria-labelledby={`export-${topic}-${teamId}`}>
      <Heading id={`export-${topic}-${teamId}`}>{t(`${topic}.export.title`)}</Heading>
      <ul className="link-list">
        <li>
          <a href={`${base}.xlsx${lang}`} download>
            {t('measures.export.xlsx')}
          </a>
        </li>
        {EXPORT_SHEETS[topic].map((sheet) => (
          <li key={sheet}>
            <a href={`${base}/${sheet}.csv${lang}`} download>
              {t(`measures.export.csv.${sheet}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="meta">{t(`${topic}.export.explain`)}</p>
    </section>
  );
}
