import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Token } from '../api';
import { CreateTokenForm } from '../components/account/CreateTokenForm';
import { NewToken, type CreatedToken } from '../components/account/NewToken';
import { TokensTable } from '../components/account/TokensTable';
import { FormAlert, Status, useProblemText } from '../components/forms';
import { Loading, useLoad, usePageTitle } from '../components/page';

export default function Tokens() {
  const { t } = useTranslation();
  usePageTitle(t('tokens.title'));
  const [load, reload] = useLoad(() => api.listTokens(), []);
  const problemText = useProblemText();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

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

  const starting = () => {
    setCreated(null);
    setStatus(null);
  };
  const shown = async (token: CreatedToken) => {
    await reload();
    setCreated(token);
    requestAnimationFrame(() => document.getElementById('new-token-heading')?.focus());
  };

  return (
    <>
      <h1>{t('tokens.title')}</h1>
      <p>{t('tokens.intro')}</p>
      {created && <NewToken created={created} />}
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" tabIndex={-1}>
          {t('tokens.yours')}
        </h2>
        <Status message={status} />
        <FormAlert message={revokeError} />
        {load.state === 'loading' && <Loading />}
        {load.state === 'failed' && <p>{problemText(load.error)}</p>}
        {load.state === 'ready' &&
          (load.data.tokens.length ? <TokensTable tokens={load.data.tokens} revoke={(token) => void revoke(token)} /> : <p>{t('tokens.none')}</p>)}
      </section>
      <CreateTokenForm starting={starting} created={shown} />
    </>
  );
}
