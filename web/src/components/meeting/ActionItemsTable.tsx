import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../page';

/** The table of action items (what, owner, due, status), its rows given by the meeting or its minutes. */
export function ActionItemsTable({ bodyClassName, children }: { bodyClassName?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <TableRegion caption={t('live.actionCaption')} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t('live.what')}</th>
          <th scope="col">{t('live.owner')}</th>
          <th scope="col">{t('live.due')}</th>
          <th scope="col">{t('live.status')}</th>
        </tr>
      </thead>
      <tbody className={bodyClassName}>{children}</tbody>
    </TableRegion>
  );
}
