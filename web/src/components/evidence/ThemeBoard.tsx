import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { boardColumns, evidenceApi, themesAfterMove, type EvidenceEntry, type EvidenceTheme } from '../../evidenceApi';
import type { DataView } from '../../dataApi';
import { formatDate } from '../../format';
import { AskFirst } from '../AskFirst';
import { InlineFailure } from '../page';
import { useFocusBack } from '../useFocusBack';
import { EditEvidence } from './EditEvidence';
import { EvidenceSummary } from './EvidenceCard';

const NOT_THEMED = 'none';
const key = (themeId: number | null) => (themeId === null ? NOT_THEMED : String(themeId));
const themeOf = (value: string) => (value === NOT_THEMED ? null : Number(value));

/**
 * The theme board: a column per theme (and "not yet themed") with its count. A card moves onto another column by
 * drag and drop, or, for keyboards and screen readers, by its "Move to theme" select and button; either way the
 * move is announced in `announce` (the page's live region). Drag and drop uses the browser's own drag events: no
 * drag and drop package is in web/package.json, and the keyboard way does not need one. Its writers also edit and
 * delete an entry on its card.
 */
export function ThemeBoard({ teamId, entries, themes, dataViews, may, moved, announce }: {
  teamId: number;
  entries: EvidenceEntry[];
  themes: EvidenceTheme[];
  dataViews: DataView[];
  may: boolean;
  moved: () => Promise<void>;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const [over, setOver] = useState<string | null>(null);
  const nameOf = (themeId: number | null) =>
    themeId === null ? t('evidence.board.notThemed') : themes.find((th) => th.id === themeId)?.name ?? '';
  const label = (entry: EvidenceEntry) => `${t(`evidence.kind.${entry.kind}`)}, ${formatDate(entry.happened_on)}`;
  const move = async (entry: EvidenceEntry, from: number | null, to: number | null) => {
    if (from === to) return;
    setFailure(null);
    try {
      await evidenceApi.setThemes(teamId, entry.id, entry.version, themesAfterMove(entry, from, to));
      await moved();
      announce(t('evidence.board.moved', { entry: label(entry), theme: nameOf(to) }));
    } catch (error) {
      setFailure(error);
    }
  };
  const onDrop = (to: number | null) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const [entryId, from] = event.dataTransfer.getData('text/plain').split(':');
    const entry = entries.find((e) => e.id === Number(entryId));
    if (entry) void move(entry, themeOf(from), to);
  };
  return (
    <div className="theme-board">
      {failure != null && <InlineFailure error={failure} />}
      {boardColumns(entries, themes).map((column) => {
        const columnKey = key(column.theme?.id ?? null);
        const headingId = `theme-column-${columnKey}`;
        return (
          <section key={columnKey} aria-labelledby={headingId}
            className={`theme-column${over === columnKey ? ' theme-column-over' : ''}`}
            onDragOver={may ? (e) => { e.preventDefault(); setOver(columnKey); } : undefined}
            onDragLeave={may ? () => setOver(null) : undefined}
            onDrop={may ? onDrop(column.theme?.id ?? null) : undefined}>
            <h3 id={headingId}>
              {t('evidence.board.column', { name: nameOf(column.theme?.id ?? null), count: column.entries.length })}
            </h3>
            {column.entries.length === 0 ? <p className="meta">{t('evidence.board.empty')}</p> : (
              <ul className="cards">
                {column.entries.map((entry) => (
                  <BoardCard key={entry.id} teamId={teamId} entry={entry} from={column.theme?.id ?? null} themes={themes}
                    dataViews={dataViews} may={may} nameOf={nameOf} move={move}
                    changed={async (message) => { await moved(); announce(message); }} label={label} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** One card: the entry, and for its writers the move (its list starts at the card's own column), edit and delete. */
function BoardCard({ teamId, entry, from, themes, dataViews, may, nameOf, move, changed, label }: {
  teamId: number;
  entry: EvidenceEntry;
  from: number | null;
  themes: EvidenceTheme[];
  dataViews: DataView[];
  may: boolean;
  nameOf: (themeId: number | null) => string;
  move: (entry: EvidenceEntry, from: number | null, to: number | null) => Promise<void>;
  changed: (message: string) => Promise<void>;
  label: (entry: EvidenceEntry) => string;
}) {
  const { t } = useTranslation();
  const targets = [null, ...themes.map((th) => th.id)];
  const [target, setTarget] = useState(key(from));
  const [editing, setEditing] = useState(false);
  const editButton = useFocusBack(editing);
  const selectId = `move-${entry.id}-${key(from)}`;
  if (editing) {
    return (
      <li className="theme-card">
        <EditEvidence teamId={teamId} entry={entry} dataViews={dataViews} idSuffix={key(from)}
          saved={(updated) => { setEditing(false); void changed(t('evidence.edit.saved', { entry: label(updated) })); }}
          cancel={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="theme-card" draggable={may}
      onDragStart={(e) => e.dataTransfer.setData('text/plain', `${entry.id}:${key(from)}`)}>
      <EvidenceSummary entry={entry} />
      {may && (
        <div className="actions">
          <button type="button" ref={editButton} className="button button-small" onClick={() => setEditing(true)}>
            {t('evidence.edit.open')}<span className="visually-hidden"> {label(entry)}</span>
          </button>
          <AskFirst label={t('evidence.remove.open')} which={label(entry)} question={t('evidence.remove.question')}
            yes={t('evidence.remove.yes')}
            act={async () => {
              await evidenceApi.remove(teamId, entry.id);
              await changed(t('evidence.remove.done', { entry: label(entry) }));
            }} />
        </div>
      )}
      {may && themes.length > 0 && (
        <div className="move-to-theme">
          <label htmlFor={selectId}>{t('evidence.board.moveTo')}</label>
          <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
            {targets.map((id) => <option key={key(id)} value={key(id)}>{nameOf(id)}</option>)}
          </select>
          <button type="button" className="button button-small" onClick={() => void move(entry, from, themeOf(target))}>
            {t('evidence.board.move')}
          </button>
        </div>
      )}
    </li>
  );
}
