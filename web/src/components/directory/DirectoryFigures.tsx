// An organization's published student figures: each group's count and its share of enrollment, with the file
// and year they come from.
import { useTranslation } from 'react-i18next';
import type { DirectoryProfile } from '../../directoryApi';
import { TableRegion } from '../page';
import { formatNumber, formatPercent } from '../../format';

const FIGURES = ['low_income', 'english_learners', 'foster', 'homeless'] as const;

export function DirectoryFigures({ figures }: { figures: DirectoryProfile['figures'] }) {
  const { t } = useTranslation();
  const enrollment = figures.enrollment;
  return (
    <section aria-labelledby="directory-figures">
      <h2 id="directory-figures">{t('directory.figures')}</h2>
      {figures.source && <p>{t('directory.figuresSource', { source: figures.source })}</p>}
      {enrollment === null ? (
        <p>{t('directory.noFigures')}</p>
      ) : (
        <TableRegion caption={t('directory.figuresCaption')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('directory.group')}</th>
              <th scope="col">{t('directory.students')}</th>
              <th scope="col">{t('directory.share')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('profile.enrollment')}</th>
              <td>{formatNumber(enrollment)}</td>
              <td>—</td>
            </tr>
            {FIGURES.map((f) => {
              const value = figures[f];
              return (
                <tr key={f}>
                  <th scope="row">{t(`profile.${f}`)}</th>
                  <td>{value === null ? t('directory.unknown') : formatNumber(value)}</td>
                  <td>{value === null || enrollment === 0 ? '—' : formatPercent(value, enrollment)}</td>
                </tr>
              );
            })}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}
