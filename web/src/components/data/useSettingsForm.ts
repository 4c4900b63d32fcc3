import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { dataApi, type DataSettings } from '../../dataApi';
import { useUser } from '../../session';
import { invalid, useForm } from '../forms';
import { isSettingsDraft, settingsDraftOf, settingsOf, type SettingsDraft } from './settingsDraft';
import { useDraft } from './useDraft';

/**
 * The settings form's state: the draft (kept in this browser until saved, so a reload loses nothing), the version
 * it was written against, and after a stale save the settings someone else saved (`current`), which the user may
 * take instead of what was typed.
 */
export function useSettingsForm(orgId: number, initial: DataSettings) {
  const { t } = useTranslation();
  const user = useUser();
  const form = useForm();
  const stored = useDraft<SettingsDraft>(`data.settings.${user.id}.${orgId}`, settingsDraftOf(initial), isSettingsDraft);
  const [version, setVersion] = useState(initial.version);
  const [current, setCurrent] = useState<DataSettings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const set = (change: Partial<SettingsDraft>) => stored.set((d) => ({ ...d, ...change }));

  const onSubmit = form.submit(async () => {
    setStatus(null);
    const { fields, settings } = settingsOf(t, stored.value);
    if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
    try {
      const saved = await dataApi.putSettings(orgId, { ...settings, version });
      setVersion(saved.version);
      stored.forget();
      setCurrent(null);
      setStatus(t('data.settings.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.is('stale-edit') && error.problem.current) {
        const latest = error.problem.current as DataSettings;
        setCurrent(latest);
        setVersion(latest.version);
        throw new ApiError({ ...error.problem, detail: t('data.settings.stale') });
      }
      throw error;
    }
  });

  const takeCurrent = () => {
    if (!current) return;
    stored.set(settingsDraftOf(current));
    stored.forget();
    setCurrent(null);
    form.clear();
  };

  return { form, stored, draft: stored.value, set, current, status, onSubmit, takeCurrent };
}
