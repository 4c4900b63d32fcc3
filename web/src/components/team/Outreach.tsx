import { type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { type Team as TeamData } from '../../api';
import { formatDate, formatDateTime } from '../../format';
import { type Labels } from './labels';

export function Outreach({ team, labels, headingRef }: { team: TeamData; labels: Labels; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation();
  const owner = new Map(team.members.map((m) => [m.id, m.name]));
  return (
    <section aria-labelledby="outreach">
      <h2 id="outreach" tabIndex={-1} ref={headingRef}>
        {t('team.outreach')}
      </h2>
      {team.outreach_items.length ? (
        <ul className="cards outreach-items">
          {team.outreach_items.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong>
              <span className="meta">
                {[
                  item.gap_kind === 'perspective'
                    ? t('team.gapPerspective', { label: labels.perspective(item.gap_key) })
                    : t('team.gapGradeSpan', { label: labels.span(item.gap_key) }),
                  t(`team.status.${item.status}`),
                  item.owner_member_id ? t('team.owner', { name: owner.get(item.owner_member_id) ?? '' }) : null,
                  item.due_on ? t('team.due', { date: formatDate(item.due_on) }) : null,
                  t('team.created', { time: formatDateTime(item.created_at) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('team.noOutreach')}</p>
      )}
    </section>
  );
}
