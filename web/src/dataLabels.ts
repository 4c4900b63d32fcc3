// Words for the data pages: student group codes, indicator names, flags, and how shares and ratios are written.
import type { TFunction } from 'i18next';
import type { Flag } from './dataApi';
import { dateLocale } from './format';
import { numberFormat } from './intl';

const NAMED_GROUPS = ['ALL', 'AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR', 'EL', 'LTEL', 'SED', 'SWD', 'FOS', 'HOM'];
export const RACE_GROUPS = ['AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR'];
export const STUDENT_GROUPS = NAMED_GROUPS;

const capitalised = (text: string) => (text ? text[0].toLocaleUpperCase() + text.slice(1) : text);
const words = (text: string) => text.replace(/[_-]+/g, ' ').trim();

/** The program types named in both languages. A district may name others; they are shown from their key. */
export const PROGRAM_TYPES = ['dual_immersion', 'world_language', 'heritage', 'fles', 'ap'];

/** "dual_immersion" → "Dual immersion"; a key of the district's own, "seal_of_biliteracy" → "Seal of biliteracy". */
export function programTypeName(t: TFunction, key: string): string {
  return PROGRAM_TYPES.includes(key) ? t(`data.programType.${key}`) : capitalised(words(key));
}

/** Program type keys as the words a reader knows, separated by commas; "—" for none. */
export const programTypeNames = (t: TFunction, keys: string[]): string => keys.map((k) => programTypeName(t, k)).join(', ') || '—';

/** "HI" → "Hispanic or Latino"; "gender:f" → "Gender: F"; "lang:spanish" → "Home language: Spanish". */
export function groupName(t: TFunction, code: string): string {
  if (NAMED_GROUPS.includes(code)) return t(`data.group.${code}`);
  const at = code.indexOf(':');
  if (at > 0) {
    const set = code.slice(0, at);
    const value = code.slice(at + 1);
    if (set === 'gender') {
      const known = ['f', 'm', 'x'].includes(value.toLowerCase());
      return t('data.group.gender', { value: known ? t(`data.gender.${value.toLowerCase()}`) : value.toUpperCase() });
    }
    if (set === 'lang') return t('data.group.lang', { value: capitalised(words(value)) });
  }
  return code;
}

/** Indicators named in both languages; a district's own are shown from their name. */
const NAMED_INDICATORS = ['chronic_absence', 'suspension', 'expulsion', 'graduation', 'dropout'];

// Program names reach Trellis as keys ("ap_spanish"): the words that are names or acronyms get their capitals
// back, so a program reads as a district would write it.
const NAME_WORDS = new Set(['arabic', 'chinese', 'english', 'filipino', 'french', 'german', 'hmong', 'italian', 'japanese',
  'korean', 'latin', 'mandarin', 'cantonese', 'portuguese', 'punjabi', 'russian', 'spanish', 'tagalog', 'vietnamese']);
const ACRONYMS = new Set(['ap', 'ib', 'fles', 'stem', 'ell', 'esl', 'gate', 'avid', 'cte']);
const programWords = (key: string) =>
  words(key)
    .split(' ')
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : NAME_WORDS.has(w) ? capitalised(w) : w))
    .join(' ');

/** "program:ap_spanish" → "Enrollment in AP Spanish"; "chronic_absence" → "Chronic absence". */
export function indicatorName(t: TFunction, indicator: string): string {
  if (indicator.startsWith('program:')) return t('data.indicator.program', { name: programWords(indicator.slice(8)) });
  if (NAMED_INDICATORS.includes(indicator)) return t(`data.indicator.${indicator}`);
  return capitalised(words(indicator));
}

/** The flag in words; a group whose ratio is hidden in a shared view is "Hidden to protect privacy". */
export function flagText(t: TFunction, group: { flag: Flag; suppressed: boolean; rate_ratio?: number | null }): string {
  if (group.flag === 'suppressed_by_state') return t('data.flag.suppressed_by_state');
  if (group.flag === 'suppressed' || (group.suppressed && group.rate_ratio == null && group.flag === 'none')) return t('data.flag.suppressed');
  return t(`data.flag.${group.flag}`);
}

export function formatShare(value: number | null | undefined): string {
  if (value == null) return '';
  return numberFormat(dateLocale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatRatio(value: number | null | undefined): string {
  if (value == null) return '';
  return numberFormat(dateLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function formatCount(value: number | null | undefined): string {
  if (value == null) return '';
  return numberFormat(dateLocale()).format(value);
}

/** A school year from its first calendar year: 2024 → "2024–25". */
export function schoolYear(year: number): string {
  return `${year}–${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The district or a school by its name (`name`, as Trellis holds it); without one, by its code, with "District"
 * or "School" saying which it is. */
export function placeName(t: TFunction, code: string, districtCode: string | null, name?: string | null): string {
  if (name) return name;
  if (code === districtCode || code.endsWith('0000000')) return t('data.place.district', { code });
  return t('data.place.school', { code });
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${numberFormat(dateLocale(), { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}
