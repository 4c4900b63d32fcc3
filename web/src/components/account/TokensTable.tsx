import { useTranslation } from 'react-i18next';
import type { Token } from '../../api';
import { formatDateTime } from '../../format';
import { TableRegion } from '../page';

/** The user's tokens, when each was made and last used, each with its revoke button. */
export function TokensTable({ tokens, revoke }: { tokens: Token[]; revoke: (token: Token) => void }) {
  const { t } = useTranslation();
  return (
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
        {tokens.map((token) => (
          <tr key={token.id}>
            <th scope="row">{token.name}</th>
            <td>{formatDateTime(token.created_at)}</td>
            <td>{token.last_used_at ? formatDateTime(token.last_used_at) : t('tokens.never')}</td>
            <td>
              <button type="button" className="button button-small button-danger" onClick={() => revoke(token)}>
                {t('tokens.revoke')}
                <span className="visually-hidden"> {token.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
