import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MyOutreachItem } from '../../api';
import { formatDueDate } from '../../format';

/** My work's outreach: the open outreach items my seats own, dated ones soonest first, then the undated. */
export function MyOutreach({ items }: { items: MyOutreachItem[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-outreach">
      <h2 id="my-outreach">{t('myWork.outreach')}</h2>
      {items.length ? (
        <ul className="cards my-items">
          {items.map((item) => (
            <li key={item.id} className={item.overdue ? 'overdue' : undefined}>
              <strong>
                {item.overdue && <span className="badge badge-missing">{t('myWork.overdue')}</span>} {item.title}
              </strong>
              <span className="meta">
                {item.due_on ? t('myWork.due', { date: formatDueDate(item.due_on) }) : t('myWork.noDue')} ·{' '}
                <Link to={`/teams/${item.team_id}#outreach`}>{t('myWork.outreachOf', { team: item.team_name })}</Link>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('myWork.noOutreach')}</p>
      )}
    </section>
  );
}
