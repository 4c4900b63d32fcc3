import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../api';
import { formatDate } from '../../format';
import { ActionItemsTable } from './ActionItemsTable';
import { nameOf } from './minutesNames';

/** The agenda as it went, each item with the notes taken on it. */
export function MinutesAgenda({ agenda }: { agenda: Minutes['agenda'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('planner.agenda')}</h2>
      <ol>
        {agenda.map((item) => (
          <li key={item.agenda_item_id}>
            <strong>{item.title}</strong>{' '}
            <span className="meta">
              {t('meeting.minutes', { count: item.minutes })} · {t(`meeting.kind.${item.kind}`)}
            </span>
            {item.notes.length > 0 && (
              <ul>
                {item.notes.map((n, i) => (
                  <li key={i}>
                    <strong>{nameOf(n.author)}:</strong> {n.text}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The decisions taken, in the order they were; `shown` draws one (with its Edit button, where one may edit). */
export function MinutesDecisions({ decisions, shown }: { decisions: Minutes['decisions']; shown?: (text: string, index: number) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('live.decisions')}</h2>
      {decisions.length ? (
        <ul>
          {decisions.map((d, i) => (
            <li key={i}>{shown ? shown(d, i) : d}</li>
          ))}
        </ul>
      ) : (
        <p>{t('minutes.noDecisions')}</p>
      )}
    </>
  );
}

/** The action items as they stood when the meeting closed. */
export function MinutesActionItems({ items }: { items: Minutes['action_items'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('live.actionItems')}</h2>
      {items.length ? (
        <ActionItemsTable>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.title}</th>
              <td>{item.owner ?? '—'}</td>
              <td>{formatDate(item.due)}</td>
              <td>{t(`action.status.${item.status}`)}</td>
            </tr>
          ))}
        </ActionItemsTable>
      ) : (
        <p>{t('live.noActions')}</p>
      )}
    </>
  );
}
