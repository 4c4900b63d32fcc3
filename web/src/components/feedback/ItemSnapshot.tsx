import { useTranslation } from 'react-i18next';
import type { GuideText } from '../../api';
import type { Item } from '../../feedbackApi';
import { inLanguage } from '../../guides';
import { Markdown } from '../../markdown';
import { HypothesisSentence } from '../prototypes/HypothesisForm';

/** The item under review as it was when the round was opened: all a reviewer from another district sees of the
 * team's work. */
export function ItemSnapshot({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="feedback-item" className="feedback-item">
      <h2 id="feedback-item">{t('feedback.item.title')}</h2>
      <p className="meta">{t('feedback.item.asOpened')}</p>
      <Snapshot item={item} />
    </section>
  );
}

const textOf = (value: string | GuideText) => (typeof value === 'string' ? value : inLanguage(value));

function Snapshot({ item }: { item: Item }) {
  const { t } = useTranslation();
  switch (item.kind) {
    case 'prototype_version': {
      const s = item.snapshot;
      return (
        <>
          <h3>{t('feedback.item.prototypeVersion', { title: s.prototype_title, number: s.version_number })}</h3>
          <HypothesisSentence h={{ title: s.prototype_title, if_we: s.if_we, then_what: s.then_what, for_whom: s.for_whom }} />
          <p className="feedback-text">{s.description}</p>
          {s.attachments.length > 0 && (
            <ul aria-label={t('feedback.item.links')}>
              {s.attachments.map((a, i) => (
                <li key={i}>
                  <a href={a.url} rel="noopener noreferrer" target="_blank">{a.label}</a>
                </li>
              ))}
            </ul>
          )}
        </>
      );
    }
    case 'guide_answer': {
      const s = item.snapshot;
      return (
        <>
          <h3>{t('feedback.item.guideAnswer', { guide: textOf(s.guide_title), section: textOf(s.section_title) })}</h3>
          <p className="feedback-guide-question">{textOf(s.question)}</p>
          <div className="feedback-text">
            <Markdown text={s.answer} />
          </div>
        </>
      );
    }
    case 'plan_section': {
      const s = item.snapshot;
      return (
        <>
          <h3>{item.title}</h3>
          {s.lines.length ? (
            <ul>
              {s.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{t('feedback.item.emptySection')}</p>
          )}
        </>
      );
    }
  }
}
