// The settings form's values as typed: numbers stay text until sent, so what was typed survives a failed check.
import type { DataSettings } from '../../dataApi';
import { programTypesDraft, programTypesToSend, type ProgramTypesDraft } from './ProgramTypesField';
import { hasKeys } from './useDraft';

export interface OfferedLanguageDraft {
  key: number;
  language: string;
  program_types: ProgramTypesDraft;
}

export interface SettingsDraft {
  min_denominator: string;
  under_ratio: string;
  over_ratio: string;
  suppress_at_most: string;
  languages: OfferedLanguageDraft[];
}

type Translate = (key: string) => string;

let nextKey = 1;
export const newLanguage = (): OfferedLanguageDraft => ({ key: nextKey++, language: '', program_types: programTypesDraft([]) });
export const isSettingsDraft = hasKeys<SettingsDraft>('min_denominator', 'under_ratio', 'over_ratio', 'suppress_at_most', 'languages');

export const settingsDraftOf = (s: DataSettings): SettingsDraft => ({
  min_denominator: String(s.min_denominator),
  under_ratio: String(s.under_ratio),
  over_ratio: String(s.over_ratio),
  suppress_at_most: String(s.suppress_at_most),
  languages: s.offered_languages.map((o) => ({ key: nextKey++, language: o.language, program_types: programTypesDraft(o.program_types) })),
});

/** The settings to send, without their version; a ratio may be typed with a decimal comma. */
export function settingsOf(t: Translate, draft: SettingsDraft) {
  const numbers = {
    min_denominator: Number(draft.min_denominator),
    under_ratio: Number(draft.under_ratio.replace(',', '.')),
    over_ratio: Number(draft.over_ratio.replace(',', '.')),
    suppress_at_most: Number(draft.suppress_at_most),
  };
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(numbers)) if (!Number.isFinite(value) || String(draft[key as keyof typeof numbers]).trim() === '') fields[key] = t('data.settings.number');
  const offered_languages = draft.languages.filter((l) => l.language.trim()).map((l) => ({ language: l.language.trim(), program_types: programTypesToSend(l.program_types) }));
  return { fields, settings: { ...numbers, offered_languages } };
}
