// An organization's declared expertise (issue 14): the topics of the shared vocabulary it is known for, each with
// an optional short note. Its admins edit the whole declaration; peer matching counts it for every team's need.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../../api';
import { TOPICS } from '../../matchingApi';
import { LoadFailed, Loading, useLoad } from '../page';

interface Declared {
  topic: string;
  note: string;
}

export function OrganizationExpertise({ organizationId, manages }: { organizationId: number; manages: boolean }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => request<{ expertise: Declared[] }>('GET', `/organizations/${organizationId}/expertise`), [organizationId]);
  return (
    <section aria-labelledby="expertise">
      <h2 id="expertise">{t('matching.expertise.title')}</h2>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <LoadFailed error={load.error} />}
      {load.state === 'ready' &&
        (manages ? (
          <ExpertiseForm organizationId={organizationId} initial={load.data.expertise} />
        ) : load.data.expertise.length ? (
          <ul>
            {load.data.expertise.map((e) => (
              <li key={e.topic}>
                {t(`matching.topics.${e.topic}`)}
                {e.note ? `: ${e.note}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('matching.expertise.none')}</p>
        ))}
    </section>
  );
}

function ExpertiseForm({ organizationId, initial }: { organizationId: number; initial: Declared[] }) {
  const { t } = useTranslation();
  const [declared, setDeclared] = useState<Record<string, string | undefined>>(Object.fromEntries(initial.map((e) => [e.topic, e.note])));
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const expertise = TOPICS.filter((topic) => declared[topic] !== undefined).map((topic) => ({ topic, note: declared[topic] ?? '' }));
    try {
      await request('PUT', `/organizations/${organizationId}/expertise`, { expertise });
      setStatus(t('matching.expertise.saved'));
    } catch (error) {
      setStatus(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <p>{t('matching.expertise.intro')}</p>
      {TOPICS.map((topic) => (
        <div key={topic}>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={declared[topic] !== undefined}
              onChange={(e) => setDeclared({ ...declared, [topic]: e.target.checked ? '' : undefined })}
            />{' '}
            {t(`matching.topics.${topic}`)}
          </label>
          {declared[topic] !== undefined && (
            <label>
              {t('matching.expertise.note', { topic: t(`matching.topics.${topic}`) })}
              <input value={declared[topic] ?? ''} maxLength={280} onChange={(e) => setDeclared({ ...declared, [topic]: e.target.value })} />
            </label>
          )}
        </div>
      ))}
      <button type="submit">{t('matching.expertise.save')}</button>
      <p role="status">{status}</p>
    </form>
  );
}
