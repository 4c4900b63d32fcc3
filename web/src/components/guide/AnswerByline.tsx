import { useTranslation } from 'react-i18next';
import type { GuideAnswer as Answer } from '../../api';
import { formatDateTime } from '../../format';

/** Who saved this version of the answer and when (nothing before the first save). */
export function AnswerByline({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  if (!answer.version) return null;
  return (
    <p className="meta">
      {t('guide.answer.byline', { version: answer.version, name: answer.author_name ?? '', time: formatDateTime(answer.updated_at) })}
    </p>
  );
}
