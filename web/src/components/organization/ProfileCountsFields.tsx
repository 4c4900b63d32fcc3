import { useTranslation } from 'react-i18next';
import { TextField } from '../forms';
import { PROFILE_COUNTS, type ProfileCount } from './organizationDraft';

/** The organization's student counts, each optional; the server names a wrong one as `profile.<count>`. */
export function ProfileCountsFields({
  counts,
  onChange,
  errors,
}: {
  counts: Record<ProfileCount, string>;
  onChange: (counts: Record<ProfileCount, string>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="group">
      <legend>{t('organization.profileCounts')}</legend>
      <p className="hint">{t('organization.profileHint')}</p>
      <div className="grid">
        {PROFILE_COUNTS.map((key) => (
          <TextField
            key={key}
            label={t(`profile.${key}`)}
            name={key}
            optional
            inputMode="numeric"
            value={counts[key]}
            onChange={(e) => onChange({ ...counts, [key]: e.target.value })}
            error={errors[key] ?? errors[`profile.${key}`]}
          />
        ))}
      </div>
    </fieldset>
  );
}
