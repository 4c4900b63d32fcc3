import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSession } from '../../session';

/** Who is signed in, and signing out. */
export function Account({ name }: { name: string }) {
  const { t } = useTranslation();
  const { end } = useSession();
  const [signingOut, setSigningOut] = useState(false);

  async function signOut() {
    setSigningOut(true);
    try {
      await api.signOut();
    } catch {
      // The session is forgotten here whatever the server answered.
    }
    setSigningOut(false);
    end('signedOut'); // the sign-in guard then shows the sign-in page, which says so
  }

  return (
    <div className="account">
      <span className="account-name">{t('header.signedInAs', { name })}</span>
      <button type="button" className="button button-header" onClick={() => void signOut()} aria-disabled={signingOut || undefined}>
        {t('header.signOut')}
      </button>
    </div>
  );
}
