import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuideEntry, GuideItem } from '../api';
import { inLanguage } from '../guides';
import type { AnswerPath } from './GuideAnswer';
import { EntryEditor } from './guide/EntryEditor';

type ItemPath = AnswerPath;

/** One checklist or data entry as saved, for those who read the guide without contributing. */
function SavedEntry({ entry }: { entry: GuideEntry }) {
  const { t } = useTranslation();
  return (
    <li className="entry">
      <span className={`badge ${entry.checked ? 'badge-covered' : 'badge-planned'}`}>
        <span aria-hidden="true">{entry.checked ? '✓ ' : '○ '}</span>
        {entry.checked ? t('guide.entries.yes') : t('guide.entries.no')}
      </span>{' '}
      {inLanguage(entry.label)}
      {entry.note && <span className="meta block">{entry.note}</span>}
    </li>
  );
}

/** Section A's perspectives, read from the team's members: shown, never edited here. */
function DerivedEntries({ teamId, item }: { teamId: number; item: GuideItem }) {
  const { t } = useTranslation();
  const note = (entry: GuideEntry) =>
    entry.id === 'grade_spans' && entry.note
      ? entry.note
          .split(', ')
          .map((span) => t(`gradeSpan.${span}`, { defaultValue: span }))
          .join(', ')
      : entry.note;
  return (
    <>
      <p className="hint">
        {t('guide.entries.derived')} <Link to={`/teams/${teamId}/members`}>{t('guide.entries.derivedLink')}</Link>
      </p>
      <ul className="entries derived">
        {(item.entries ?? []).map((entry) => (
          <li key={entry.id} className="entry">
            <span className={`badge ${entry.checked ? 'badge-covered' : 'badge-missing'}`}>
              <span aria-hidden="true">{entry.checked ? '✓ ' : '✗ '}</span>
              {entry.checked ? t('guide.entries.onTeam') : t('guide.entries.missing')}
            </span>{' '}
            {inLanguage(entry.label)}
            {entry.note && <span className="meta block">{note(entry)}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

export function GuideEntries({ path, item, contributes }: { path: ItemPath; item: GuideItem; contributes: boolean }) {
  const { t } = useTranslation();
  if (item.source === 'representation' || item.entries?.some((e) => e.derived)) return <DerivedEntries teamId={path.teamId} item={item} />;
  return (
    <>
      {contributes && <p className="hint">{item.kind === 'data' ? t('guide.entries.dataHint') : t('guide.entries.checklistHint')}</p>}
      <ul className="entries">
        {(item.entries ?? []).map((entry) => (
          contributes ? <EntryEditor key={entry.id} path={path} entry={entry} /> : <SavedEntry key={entry.id} entry={entry} />
        ))}
      </ul>
    </>
  );
}
