import { describe, expect, it } from 'vitest';
import { dashboardIndicatorFromName, dashboardYearFromName, isDashboardHeader } from './dashboardFile';

describe('a Dashboard download', () => {
  it('is recognised by its header, whatever the case or order', () => {
    expect(isDashboardHeader(['cds', 'rtype', 'schoolname', 'StudentGroup', 'currdenom'])).toBe(true);
    expect(isDashboardHeader(['org_code', 'year', 'indicator', 'direction', 'group', 'denominator', 'numerator'])).toBe(false);
  });

  it('says its indicator and year in its name', () => {
    expect(dashboardIndicatorFromName('suspdownload2024.txt')).toBe('suspension');
    expect(dashboardIndicatorFromName('ChronicAbsenteeism 2024.txt')).toBe('chronic_absence');
    expect(dashboardIndicatorFromName('elpidownload2024.txt')).toBeNull();
    expect(dashboardYearFromName('chronicdownload2024.txt')).toBe(2023);
    expect(dashboardYearFromName('download.txt')).toBeNull();
  });
});
