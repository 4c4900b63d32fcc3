// Library resources to attach to what someone writes: a coaching-log entry (shared with the agreement's network) or a
// feedback round's comment (shared with a network of the team's district), so that every reader can open them; the
// server refuses any other (src/api/coaching_attachments.cpp). `texts` names the locale keys of the place it is used.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { libraryApi } from '../../libraryApi';
import { CheckboxGroup } from '../forms';
import { useLoad } from '../page';

/** The server takes at most this many a log entry (coaching_attachments.cpp, kMostAttachments). */
export const MOST_RESOURCES = 20;

export function ResourcePicker({ networkIds, attached, value, change, error, texts = 'coaching.resources' }: {
  networkIds: number[];
  /** The entry's resources as saved: kept choosable even if no longer in the network's list. */
  attached: { id: number; title: string }[];
  value: number[];
  change: (ids: number[]) => void;
  error?: string;
  texts?: 'coaching.resources' | 'feedback.resources';
}) {
  const { t } = useTranslation();
  const [load] = useLoad(() => libraryApi.search({ q: '', topic: '', grades: '', scope: 'network' }), []);
  if (load.state !== 'ready') return null;
  const shared = load.data.resources
    .filter((r) => r.share.scope === 'network' && networkIds.includes(r.share.id))
    .map((r) => ({ value: String(r.id), label: t('coaching.resources.option', { title: r.title, organization: r.organization.name }) }));
  for (const r of attached)
    if (!shared.some((o) => o.value === String(r.id))) shared.push({ value: String(r.id), label: r.title });
  if (shared.length === 0) {
    return (
      <p className="hint">
        {t(`${texts}.none`)} <Link to="/library">{t('coaching.resources.library')}</Link>
      </p>
    );
  }
  return (
    <CheckboxGroup legend={t('coaching.resources.legend')} hint={t(`${texts}.hint`, { most: MOST_RESOURCES })} name="resource_ids"
      options={shared} value={value.map(String)} onChange={(ids) => change(ids.map(Number))} error={error} />
  );
}
