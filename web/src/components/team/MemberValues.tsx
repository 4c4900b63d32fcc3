import { useTranslation } from 'react-i18next';
import { type Member } from '../../api';
import { type Labels } from './labels';

export function MemberValues({ member, labels }: { member: Member; labels: Labels }) {
  const { t } = useTranslation();
  const none = t('team.none');
  return (
    <dl className="facts">
      <div>
        <dt>{t('field.role')}</dt>
        <dd>{labels.role(member.role)}</dd>
      </div>
      <div>
        <dt>{t('team.perspectives')}</dt>
        <dd>{member.perspectives.map(labels.perspective).join(', ') || none}</dd>
      </div>
      <div>
        <dt>{t('team.gradeSpans')}</dt>
        <dd>{member.grade_spans.map(labels.span).join(', ') || none}</dd>
      </div>
      <div>
        <dt>{t('team.contentAreas')}</dt>
        <dd>{member.content_areas.join(', ') || none}</dd>
      </div>
      <div>
        <dt>{t('team.skills')}</dt>
        <dd>{member.skills.join(', ') || none}</dd>
      </div>
    </dl>
  );
}
