import { useTranslation } from 'react-i18next';

export interface CreatedToken {
  name: string;
  token: string;
}

/** A token just created: its secret is shown this once, selected on focus so that it is easy to copy. */
export function NewToken({ created }: { created: CreatedToken }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel-highlight" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading" tabIndex={-1}>
        {t('tokens.newToken', { name: created.name })}
      </h2>
      <p>{t('tokens.showOnce')}</p>
      <label htmlFor="new-token">{t('tokens.tokenLabel')}</label>
      <input id="new-token" className="token-value" readOnly value={created.token} onFocus={(e) => e.target.select()} />
    </section>
  );
}
