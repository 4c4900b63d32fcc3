import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Answer } from '../../api';
import { formatDate } from '../../format';
import { inLanguage } from '../../guides';
import { InlineFailure, useLoad } from '../page';

type Waiting = Answer<'/api/v1/me/waiting', 'get'>;

function Sections({ sections }: { sections: Waiting['sections'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sections-under-way" className="next-block">
      <h3 id="sections-under-way">{t('home.waiting.sections')}</h3>
      <p className="explain">{t('home.waiting.sectionsExplain')}</p>
      <ul className="cards next-cards">
        {sections.map((s) => (
          <li key={`${s.team.id}/${s.guide.id}/${s.module_id}/${s.section_id}`}>
            <Link
              className="card-title"
              to={`/teams/${s.team.id}/guides/${s.guide.id}/modules/${s.module_id}/sections/${s.section_id}`}
            >
              {inLanguage(s.title)}
            </Link>
            <span className="meta">
              {s.team.name} · {inLanguage(s.guide.title)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Answers({ waiting }: { waiting: Waiting }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="answers-waiting" className="next-block">
      <h3 id="answers-waiting">{t('home.waiting.answers')}</h3>
      <ul className="cards next-cards">
        {waiting.next_steps.map((s) => (
          <li key={`step-${s.id}`}>
            <Link className="card-title" to={`/teams/${s.team.id}/guide`}>
              {t('home.waiting.nextStep', { title: s.title })}
            </Link>
            <span className="meta">
              {s.team.name} · {t('home.waiting.due', { date: formatDate(s.due_on) })}
            </span>
          </li>
        ))}
        {waiting.network_invitations.map((i) => (
          <li key={`network-${i.organization.id}-${i.network.id}`}>
            <Link className="card-title" to={`/organizations/${i.organization.id}/networks`}>
              {t('home.waiting.networkInvitation', { network: i.network.name })}
            </Link>
            <span className="meta">{i.organization.name}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Attention({ teams }: { teams: Waiting['teams_needing_attention'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="teams-attention" className="next-block">
      <h3 id="teams-attention">{t('home.waiting.attention')}</h3>
      <p className="explain">{t('home.waiting.attentionExplain')}</p>
      <ul className="cards next-cards">
        {teams.map((a) => (
          <li key={`${a.network.id}-${a.team.id}`}>
            <Link className="card-title" to={`/networks/${a.network.id}/dashboard`}>
              {a.team.name}
            </Link>
            <span className="meta">
              {a.organization_name} · {a.network.name}
            </span>
            <ul className="attention-reasons">
              {a.overdue_items > 0 && <li>{t('home.waiting.overdue', { count: a.overdue_items })}</li>}
              {a.rhythm_lost && (
                <li>
                  {a.days_since_last_meeting === null
                    ? t('home.waiting.neverMet')
                    : t('home.waiting.noMeetingFor', { count: a.days_since_last_meeting })}
                </li>
              )}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What waits on the caller beyond their own meetings and items: guide sections their teams have under way, answers
 * only they can give (a coach's next step, a network's invitation), and for a network's facilitator or coach the
 * member teams that need attention. Each part shows only when it holds something. */
export function WaitingForYou() {
  const [load] = useLoad(() => api.myWaiting(), []);
  if (load.state === 'loading') return null;  // the blocks above already say the page is loading
  if (load.state === 'failed') return <InlineFailure error={load.error} />;
  const w = load.data;
  return (
    <>
      {(w.next_steps.length > 0 || w.network_invitations.length > 0) && <Answers waiting={w} />}
      {w.teams_needing_attention.length > 0 && <Attention teams={w.teams_needing_attention} />}
      {w.sections.length > 0 && <Sections sections={w.sections} />}
    </>
  );
}
