import { useTranslation } from 'react-i18next';
import type { GuideAnswer as Answer } from '../../api';
import { AnswerByline } from './AnswerByline';

/** Someone else saved first: their answer beside this user's text, and the two ways out (keep mine, use theirs). */
export function AnswerConflict({
  id,
  theirs,
  mine,
  onKeepMine,
  onUseTheirs,
}: {
  id: string;
  theirs: Answer;
  mine: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="conflict" role="group" aria-labelledby={`${id}-conflict`}>
      <h3 id={`${id}-conflict`}>{t('guide.answer.conflictTitle')}</h3>
      <p>{t('guide.answer.conflictText')}</p>
      <div className="columns">
        <div>
          <h4>{t('guide.answer.theirs')}</h4>
          <AnswerByline answer={theirs} />
          <blockquote className="note-text" data-testid="theirs">
            {theirs.text ?? ''}
          </blockquote>
        </div>
        <div>
          <h4>{t('guide.answer.mine')}</h4>
          <blockquote className="note-text" data-testid="mine">
            {mine}
          </blockquote>
        </div>
      </div>
      <p>{t('guide.answer.conflictChoice')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onKeepMine}>
          {t('guide.answer.keepMine')}
        </button>
        <button type="button" className="button" onClick={onUseTheirs}>
          {t('guide.answer.useTheirs')}
        </button>
      </div>
    </div>
  );
}
