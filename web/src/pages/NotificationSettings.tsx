import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, DIGEST_FREQUENCIES, type DigestFrequency, type NotificationSettings as Settings } from '../api';
import { FormAlert, RadioGroup, Status, SubmitButton, useForm } from '../components/forms';
import { InlineFailure, Loading, useLoad, usePageTitle } from '../components/page';
import { currentLanguage, LANGUAGES, switchLanguage, type Language } from '../i18n';
import { changedSettings, languageToSwitchTo } from '../notificationSettings';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };
type OnOff = 'on' | 'off';

/** The account's language and which e-mail it gets (issue 15): GET and PATCH /me/notification-settings. */
export default function NotificationSettings() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [load] = useLoad(() => api.getNotificationSettings(), []);
  return (
    <div className="narrow">
      <h1>{t('notifications.title')}</h1>
      <p>{t('notifications.intro')}</p>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' && <SettingsForm initial={load.data} />}
    </div>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const form = useForm();
  const [saved, setSaved] = useState(initial);
  const [edited, setEdited] = useState(initial);
  const [status, setStatus] = useState<'saved' | 'unchanged' | null>(null);
  const errors = form.errors.fields;
  const change = (changes: Partial<Settings>) => {
    setStatus(null);
    setEdited((current) => ({ ...current, ...changes }));
  };
  const onOff = (value: boolean): OnOff => (value ? 'on' : 'off');
  const onOffOptions = [
    { value: 'on' as const, label: t('notifications.on') },
    { value: 'off' as const, label: t('notifications.off') },
  ];

  const onSubmit = form.submit(async () => {
    setStatus(null);
    const changes = changedSettings(saved, edited);
    if (Object.keys(changes).length === 0) {
      setStatus('unchanged');
      return;
    }
    const answer = await api.changeNotificationSettings(changes);
    setSaved(answer);
    setEdited(answer);
    const language = languageToSwitchTo(answer.language, currentLanguage());
    if (language) await switchLanguage(language);
    setStatus('saved');
  });

  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef}>
      <FormAlert message={form.errors.form} />
      <RadioGroup<Language>
        legend={t('notifications.language')}
        hint={t('notifications.languageHint')}
        name="language"
        options={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
        value={edited.language}
        onChange={(language) => change({ language })}
        error={errors.language}
      />
      <RadioGroup<OnOff>
        legend={t('notifications.minutes')}
        hint={t('notifications.minutesHint')}
        name="minutes"
        options={onOffOptions}
        value={onOff(edited.minutes)}
        onChange={(value) => change({ minutes: value === 'on' })}
        error={errors.minutes}
      />
      <RadioGroup<OnOff>
        legend={t('notifications.reminders')}
        hint={t('notifications.remindersHint')}
        name="reminders"
        options={onOffOptions}
        value={onOff(edited.reminders)}
        onChange={(value) => change({ reminders: value === 'on' })}
        error={errors.reminders}
      />
      <RadioGroup<DigestFrequency>
        legend={t('notifications.digest')}
        hint={t('notifications.digestHint')}
        name="digest"
        options={DIGEST_FREQUENCIES.map((value) => ({ value, label: t(`notifications.${value}`) }))}
        value={edited.digest}
        onChange={(digest) => change({ digest })}
        error={errors.digest}
      />
      <Status message={status && t(`notifications.${status}`)} />
      <SubmitButton busy={form.busy}>{t('notifications.save')}</SubmitButton>
    </form>
  );
}
