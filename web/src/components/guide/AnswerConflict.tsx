import type { GuideAnswer as Answer } from '../../api';
import { EditConflict, useConflictWords } from '../EditConflict';
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
  const words = useConflictWords('guide.answer');
  return (
    <EditConflict
      id={id}
      level={3}
      words={words}
      theirs={
        <>
          <AnswerByline answer={theirs} />
          <blockquote className="note-text" data-testid="theirs">
            {theirs.text ?? ''}
          </blockquote>
        </>
      }
      mine={
        <blockquote className="note-text" data-testid="mine">
          {mine}
        </blockquote>
      }
      onKeepMine={onKeepMine}
      onUseTheirs={onUseTheirs}
    />
  );
}
