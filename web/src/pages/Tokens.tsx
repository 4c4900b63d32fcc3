import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Token } from '../api';
import { FormAlert, Status, SubmitButton, TextField, invalid, useForm, useProblemText } from '../components/forms';
import { Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { formatDateTime } from '../format';

export default function Tokens() {
  const { t } = useTranslation();
  usePageTitle(t('tokens.title'));
  const [load, reload] = useLoad(() => api.listTokens(), []);
  const form = useForm();
  const problemText = useProblemText();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const onCreate = form.submit(async () => {
    setCreated(null);
    setStatus(null);
    if (!name.trim()) throw invalid(t('errors.checkFields'), { name: t('form.required') });
    const token = await api.createToken(name.trim());
    setName('');
    await reload();
    setCreated({ name: token.name, token: token.token });
    requestAnimationFrame(() => document.getElementById('new-token-heading')?.focus());
  });

  async function revoke(token: Token) {
    setRevokeError(null);
    setStatus(null);
    try {
      await api.revokeToken(token.id);
      await reload();
      setStatus(t('tokens.revoked', { name: token.name }));
      document.getElementById('tokens-heading')?.focus();
    } catch (error) {
      setRevokeError(problemText(error));
    }
  }

  return (
    <>
      <h1>{t('tokens.title')}</h1>
      <p>{t('tokens.intro')}</p>
      {created && (
        <section className="panel panel-highlight" aria-labelledby="new-token-heading">
          <h2 id="new-token-heading" tabIndex={-1}>
            {t('tokens.newToken', { name: created.name })}
          </h2>
          <p>{t('tokens.showOnce')}</p>
          <label htmlFor="new-token">{t('tokens.tokenLabel')}</label>
          <input id="new-token" className="token-value" readOnly value={created.token} onFocus={(e) => e.target.select()} />
        </section>
      )}
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" tabIndex={-1}>
          {t('tokens.yours')}
        </h2>
        <Status message={status} />
        <FormAlert message={revokeError} />
        {load.state === 'loading' && <Loading />}
        {load.state === 'failed' && <p>{problemText(load.error)}</p>}
        {load.state === 'ready' &&
          (load.data.tokens.length ? (
            <TableRegion caption={t('tokens.yours')} hideCaption>
                <thead>
                  <tr>
                    <th scope="col">{t('field.name')}</th>
                    <th scope="col">{t('tokens.created')}</th>
                    <th scope="col">{t('tokens.lastUsed')}</th>
                    <th scope="col">{t('team.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.data.tokens.map((token) => (
                    <tr key={token.id}>
                      <th scope="row">{token.name}</th>
                      <td>{formatDateTime(token.created_at)}</td>
                      <td>{token.last_used_at ? formatDateTime(token.last_used_at) : t('tokens.never')}</td>
                      <td>
                        <button type="button" className="button button-small button-danger" onClick={() => void revoke(token)}>
                          {t('tokens.revoke')}
                          <span className="visually-hidden"> {token.name}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
            </TableRegion>
          ) : (
            <p>{t('tokens.none')}</p>
          ))}
      </section>
      <section aria-labelledby="create-token">
        <h2 id="create-token">{t('tokens.create')}</h2>
        <form noValidate onSubmit={onCreate} ref={form.formRef}>
          <FormAlert message={form.errors.form} />
          <TextField
            label={t('tokens.name')}
            name="name"
            hint={t('tokens.nameHint')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={form.errors.fields.name}
          />
          <SubmitButton busy={form.busy}>{t('tokens.createSubmit')}</SubmitButton>
        </form>
      </section>
    </>
  );
}
