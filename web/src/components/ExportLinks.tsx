import { useTranslation } from 'react-i18next';
import { agreementsApi } from '../agreementsApi';
import { currentLanguage } from '../i18n';
import { networkProgressApi } from '../networkProgressApi';

/** The sheets of a team's export, by the page that offers them. */
export const EXPORT_SHEETS = {
  measures: ['measures', 'points', 'signals'],
  plan: ['goals', 'tasks', 'plan'],
  assessments: ['assessments', 'criteria'],
} as const;

type ExportTopic = keyof typeof EXPORT_SHEETS;

/** A titled list of download links with a line saying what they hold: the one shape of every export. */
function ExportSection({
  id,
  headingLevel,
  title,
  links,
  explain,
}: {
  id: string;
  headingLevel: 2 | 3;
  title: string;
  links: { href: string; label: string }[];
  explain: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="export-links" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      <ul className="link-list">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="meta">{explain}</p>
    </section>
  );
}

/**
 * The team's spreadsheet export: the workbook (every sheet) and the topic's sheets as CSV. Plain links the browser
 * saves (the session cookie goes with them); `lang` because a link is followed with the browser's own
 * Accept-Language.
 */
export function ExportLinks({ teamId, headingLevel, topic = 'measures' }: { teamId: number; headingLevel: 2 | 3; topic?: ExportTopic }) {
  const { t } = useTranslation();
  const base = `/api/v1/teams/${teamId}/export`;
  const lang = `?lang=${currentLanguage()}`;
  return (
    <ExportSection
      id={`export-${topic}-${teamId}`}
      headingLevel={headingLevel}
      title={t(`${topic}.export.title`)}
      links={[
        { href: `${base}.xlsx${lang}`, label: t('measures.export.xlsx') },
        ...EXPORT_SHEETS[topic].map((sheet) => ({ href: `${base}/${sheet}.csv${lang}`, label: t(`measures.export.csv.${sheet}`) })),
      ]}
      explain={t(`${topic}.export.explain`)}
    />
  );
}

/** An agreement's coaching log as a workbook and as CSV, in the reader's language. */
export function CoachingLogExportLinks({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <ExportSection
      id={`export-coaching-log-${agreementId}`}
      headingLevel={2}
      title={t('coaching.export.title')}
      links={[
        { href: agreementsApi.exportHref(agreementId, 'xlsx', lang), label: t('coaching.export.xlsx') },
        { href: agreementsApi.exportHref(agreementId, 'csv', lang), label: t('coaching.export.csv') },
      ]}
      explain={t('coaching.export.explain')}
    />
  );
}

/** The network dashboard as a workbook (teams, districts, agreement hours) and its teams as CSV. */
export function DashboardExportLinks({ networkId }: { networkId: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <ExportSection
      id={`export-dashboard-${networkId}`}
      headingLevel={2}
      title={t('dashboard.export.title')}
      links={[
        { href: networkProgressApi.exportHref(networkId, 'xlsx', lang), label: t('dashboard.export.xlsx') },
        { href: networkProgressApi.exportHref(networkId, 'csv', lang), label: t('dashboard.export.csv') },
      ]}
      explain={t('dashboard.export.explain')}
    />
  );
}
