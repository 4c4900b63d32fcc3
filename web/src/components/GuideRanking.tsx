import { useTranslation } from 'react-i18next';
import type { GuideItem, GuideRanking as Ranking } from '../api';
import { formatDateTime } from '../format';
import { inLanguage } from '../guides';
import { FormAlert, Status } from './forms';
import type { AnswerPath } from './guide/useAnswerEditor';
import { moved, useRankingEditor } from './guide/useRankingEditor';

type Editor = ReturnType<typeof useRankingEditor>;

function RankedRow({ entry, label, position, count, editor }: { entry: string; label: string; position: number; count: number; editor: Editor }) {
  const { t } = useTranslation();
  const control = (kind: 'up' | 'down' | 'remove', text: string, next: () => string[]) => (
    <button
      type="button"
      className="button button-small"
      data-entry={entry}
      data-control={kind}
      aria-label={`${text}: ${label}`}
      onClick={() => editor.arrange(next(), { entry, control: kind })}
    >
      {text}
    </button>
  );
  return (
    <li className="ranked-entry">
      <span className="ranked-label">{label}</span>
      <span className="ranked-controls">
        {position > 0 && control('up', t('guide.ranking.up'), () => moved(editor.order, entry, -1))}
        {position < count - 1 && control('down', t('guide.ranking.down'), () => moved(editor.order, entry, 1))}
        {control('remove', t('guide.ranking.remove'), () => editor.order.filter((id) => id !== entry))}
      </span>
    </li>
  );
}

function Byline({ saved }: { saved: Ranking }) {
  const { t } = useTranslation();
  if (!saved.version || !saved.author_name) return null;
  return <p className="meta">{t('guide.ranking.byline', { version: saved.version, name: saved.author_name, time: formatDateTime(saved.updated_at) })}</p>;
}

function RankingEditor({ path, item, labels }: { path: AnswerPath; item: GuideItem; labels: Map<string, string> }) {
  const { t } = useTranslation();
  const editor = useRankingEditor(path, item.ranking!);
  const unranked = (item.entries ?? []).filter((e) => !editor.order.includes(e.id));
  const headingId = `ranking-${item.id}`;
  return (
    <div className="guide-ranking" ref={editor.list}>
      <p className="hint">{t('guide.ranking.hint')}</p>
      <h3 id={`${headingId}-ranked`}>{t('guide.ranking.ordered')}</h3>
      {editor.order.length === 0 && <p className="meta">{t('guide.ranking.none')}</p>}
      <ol aria-labelledby={`${headingId}-ranked`} className="ranked-list">
        {editor.order.map((entry, position) => (
          <RankedRow key={entry} entry={entry} label={labels.get(entry) ?? entry} position={position} count={editor.order.length} editor={editor} />
        ))}
      </ol>
      {unranked.length > 0 && (
        <>
          <h3 id={`${headingId}-unranked`}>{t('guide.ranking.unranked')}</h3>
          <ul aria-labelledby={`${headingId}-unranked`} className="ranked-list">
            {unranked.map((e) => (
              <li key={e.id} className="ranked-entry">
                <span className="ranked-label">{inLanguage(e.label)}</span>
                <button
                  type="button"
                  className="button button-small"
                  data-entry={e.id}
                  data-control="add"
                  aria-label={`${t('guide.ranking.add')}: ${inLanguage(e.label)}`}
                  onClick={() => editor.arrange([...editor.order, e.id], { entry: e.id, control: 'add' })}
                >
                  {t('guide.ranking.add')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <FormAlert message={editor.error} />
      <div className="actions">
        <button type="button" className="button button-primary" aria-disabled={editor.busy || undefined} onClick={() => void editor.save()}>
          {editor.busy ? t('form.working') : t('guide.ranking.save')}
        </button>
        {editor.dirty && (
          <button type="button" className="button" onClick={editor.reset}>
            {t('guide.ranking.undo')}
          </button>
        )}
      </div>
      {editor.dirty && <p className="hint">{t('guide.ranking.unsaved')}</p>}
      <Byline saved={editor.saved} />
      <Status message={editor.status} />
    </div>
  );
}

/**
 * A ranked item: the team puts the guide's entries that matter in order of priority. Members arrange it with buttons
 * (each says what it moves, so it works by keyboard and screen reader) and save it; others read the order.
 */
export function GuideRanking({ path, item, contributes }: { path: AnswerPath; item: GuideItem; contributes: boolean }) {
  const { t } = useTranslation();
  const labels = new Map((item.entries ?? []).map((e) => [e.id, inLanguage(e.label)]));
  const ranking = item.ranking ?? { entries: [], version: 0, author_name: null, updated_at: null };
  if (contributes) return <RankingEditor path={path} item={{ ...item, ranking }} labels={labels} />;
  return (
    <div className="guide-ranking">
      {ranking.entries.length === 0 ? (
        <p className="meta">{t('guide.ranking.none')}</p>
      ) : (
        <ol className="ranked-list">
          {ranking.entries.map((entry) => (
            <li key={entry} className="ranked-entry">
              <span className="ranked-label">{labels.get(entry) ?? entry}</span>
            </li>
          ))}
        </ol>
      )}
      <Byline saved={ranking} />
    </div>
  );
}
