import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../api';
import { useSession } from '../../session';

/** Who is signed in, and what belongs to the account rather than to the work: mail and language, API tokens,
 * starting an organization, signing out. A disclosure (a button that shows a list of links), not an ARIA menu: the
 * links behave as links, Tab moves through them, Escape closes it and returns to the button. */
export function Account({ name }: { name: string }) {
  const { t } = useTranslation();
  const { end } = useSession();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLElement>(null);

  // A link followed closes the list; so does a click or focus anywhere outside it.
  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);

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
    <nav
      aria-label={t('header.account')}
      className="account"
      ref={box}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        type="button"
        ref={toggle}
        className="button button-header account-toggle"
        aria-expanded={open}
        aria-controls="account-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">{t('header.accountOf')} </span>
        {name}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul id="account-menu" className="account-menu" hidden={!open}>
        <li>
          <Link to="/settings/notifications">{t('nav.notifications')}</Link>
        </li>
        <li>
          <Link to="/settings/tokens">{t('nav.tokens')}</Link>
        </li>
        <li>
          <Link to="/organizations/new">{t('nav.createOrganization')}</Link>
        </li>
        <li>
          <button type="button" className="link-button" onClick={() => void signOut()} aria-disabled={signingOut || undefined}>
            {t('header.signOut')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
