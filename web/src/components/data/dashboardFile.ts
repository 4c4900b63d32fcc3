// Recognising a California School Dashboard indicator download in the browser, before anything is sent: its header
// names cds, rtype and studentgroup; its name says the indicator and the Dashboard's year, as the state names its
// downloads ("suspdownload2024.txt", "chronicdownload2024.txt"). The server checks the file again as it reads it.
import type { DashboardIndicator } from '../../dataApi';

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export function isDashboardHeader(columns: string[]): boolean {
  const names = new Set(columns.map(normalise));
  return names.has('cds') && names.has('rtype') && names.has('studentgroup');
}

/** The indicator a download's file name says, as the server reads it; null when it says neither. */
export function dashboardIndicatorFromName(filename: string): DashboardIndicator | null {
  const name = filename.toLowerCase();
  if (name.includes('susp')) return 'suspension';
  if (name.includes('chronic') || name.includes('chrabs') || name.includes('absenteeism')) return 'chronic_absence';
  return null;
}

/**
 * The school year a download reports, from the Dashboard year in its name: the 2024 Dashboard reports 2023–24, so
 * "suspdownload2024.txt" gives 2023 (years are stored by their first calendar year). Null when the name has none.
 */
export function dashboardYearFromName(filename: string): number | null {
  const match = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(filename);
  return match ? Number(match[1]) - 1 : null;
}
