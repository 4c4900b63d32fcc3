import { useTranslation } from 'react-i18next';
import type { DataSettings } from '../../dataApi';
import { formatRatio, programTypeNames } from '../../dataLabels';

/** The settings someone else saved while this form was open, and the choice to take them instead of what was typed. */
export function CurrentSettings({ current, take }: { current: DataSettings; take: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="conflict" aria-labelledby="current-settings">
      <h3 id="current-settings">{t('data.settings.currentTitle')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('data.settings.minDenominator')}</dt>
          <dd>{current.min_denominator}</dd>
        </div>
        <div>
          <dt>{t('data.settings.underRatio')}</dt>
          <dd>{formatRatio(current.under_ratio)}</dd>
        </div>
        <div>
          <dt>{t('data.settings.overRatio')}</dt>
          <dd>{formatRatio(current.over_ratio)}</dd>
        </div>
        <div>
          <dt>{t('data.settings.suppressAtMost')}</dt>
          <dd>{current.suppress_at_most}</dd>
        </div>
        <div>
          <dt>{t('data.settings.languages')}</dt>
          <dd>
            {current.offered_languages.length
              ? current.offered_languages.map((o) => `${o.language}${o.program_types.length ? ` (${programTypeNames(t, o.program_types)})` : ''}`).join('; ')
              : t('data.settings.noLanguages')}
          </dd>
        </div>
      </dl>
      <p className="actions">
        <button type="button" className="button" onClick={take}>
          {t('data.settings.useCurrent')}
        </button>
      </p>
    </section>
  );
}
