import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type GuideAnswer } from '../api';
import { Markdown } from '../markdown';
import type { AnswerPath } from './GuideAnswer';
import { InlineFailure, Loading } from './page';
import { formatDateTime } from '../format';

type History = { state: 'closed' } | { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; versions: GuideAnswer[] };

/** Every saved version of an answer, newest first, with who and when; loaded when opened, again after a save. */
export function AnswerHistory({ path, question, stamp }: { path: AnswerPath; question: string; stamp: number }) {
  const { t } = useTranslation();
  const id = useId();
  const [history, setHistory] = useState<History>({ state: 'closed' });
  const open = history.state !== 'closed';

  async function load() {
    setHistory((h) => (h.state === 'ready' ? h : { state: 'loading' }));
    try {
      const { versions } = await api.guideAnswerHistory(path.teamId, path.guide, path.module, path.section, path.item);
      setHistory({ state: 'ready', versions });
    } catch (error) {
      setHistory({ state: 'failed', error });
    }
  }

  useEffect(() => {
    if (open) void load();
  }, [stamp]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="answer-history">
      <button
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={`${id}-versions`}
        aria-label={`${open ? t('guide.history.hide') : t('guide.history.show')}: ${question}`}
        onClick={() => (open ? setHistory({ state: 'closed' }) : void load())}
      >
        {open ? t('guide.history.hide') : t('guide.history.show')}
      </button>
      <div id={`${id}-versions`}>
        {history.state === 'loading' && <Loading />}
        {history.state === 'failed' && <InlineFailure error={history.error} />}
        {history.state === 'ready' && (
          <ol className="history-list" aria-label={t('guide.history.label', { question })}>
            {history.versions.map((v, index) => (
              <li key={v.version}>
                <p className="meta">
                  {t('guide.answer.byline', { version: v.version, name: v.author_name ?? '', time: formatDateTime(v.updated_at) })}
                  {index === 0 && <> · {t('guide.history.current')}</>}
                </p>
                {v.text ? <Markdown text={v.text} /> : <p className="meta">{t('guide.history.empty')}</p>}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
