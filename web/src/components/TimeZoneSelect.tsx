import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_US_ZONES, timeZones } from '../meetings';
import { Field } from './forms';

/**
 * A time-zone picker: the common US zones first with friendly names ("Pacific (Los Angeles)"), then every other
 * zone the browser knows in a second group. A zone outside both (a meeting saved elsewhere) is kept and offered.
 */
export function TimeZoneSelect({
  label,
  name,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (zone: string) => void;
  error?: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const others = useMemo(() => {
    const common = new Set<string>(COMMON_US_ZONES.map(([zone]) => zone));
    return timeZones().filter((z) => !common.has(z));
  }, []);
  const known = others.includes(value) || COMMON_US_ZONES.some(([zone]) => zone === value);
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <optgroup label={t('timeZones.common')}>
            {COMMON_US_ZONES.map(([zone, key]) => (
              <option key={zone} value={zone}>
                {t(`timeZones.${key}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('timeZones.other')}>
            {!known && value && <option value={value}>{value.replace(/_/g, ' ')}</option>}
            {others.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, ' ')}
              </option>
            ))}
          </optgroup>
        </select>
      )}
    </Field>
  );
}
