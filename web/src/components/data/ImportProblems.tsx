import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api';
import { formatCount } from '../../dataLabels';
import { fileProblemText, hasSentence } from '../../fieldProblems';
import { currentLanguage } from '../../i18n';
import { TableRegion } from '../page';

export interface LineProblem {
  line: number;
  column: number;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** A rejected file: nothing was imported; the server's sentence, then every problem by line and column. */
export function ImportProblems({ problem, filename }: { problem: Problem; filename: string }) {
  const { t } = useTranslation();
  const rows = (((problem as { errors?: unknown[] }).errors ?? []) as unknown[]).filter(
    (e): e is LineProblem => typeof e === 'object' && e !== null && 'line' in e && 'message' in e,
  );
  return (
    <section aria-labelledby="import-problems" className="panel panel-warning">
      <h2 id="import-problems" tabIndex={-1}>
        {t('data.problems.title', { file: filename })}
      </h2>
      <p>
        <strong>{t('data.problems.nothingImported')}</strong>
      </p>
      {/* The server's sentence is English: other languages read the rows' own sentences. */}
      {problem.detail && (currentLanguage() === 'en' || !rows.length || !rows.every(hasSentence)) && <p>{problem.detail}</p>}
      {rows.length > 0 && (
        <TableRegion caption={t('data.problems.caption', { count: rows.length })}>
          <thead>
            <tr>
              <th scope="col" className="number">
                {t('data.problems.line')}
              </th>
              <th scope="col" className="number">
                {t('data.problems.column')}
              </th>
              <th scope="col">{t('data.problems.message')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className="number">{row.line > 0 ? formatCount(row.line) : t('data.problems.wholeFile')}</td>
                <td className="number">{row.column > 0 ? formatCount(row.column) : '—'}</td>
                <td>{fileProblemText(t, row)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <p>{t('data.problems.fix')}</p>
    </section>
  );
}
