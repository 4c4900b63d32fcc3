// A network's name, focus and dates as typed (dates as the date field gives them, '' when none), checked before
// sending with the server's rules (formRules.ts: a name, lengths, the end not before the start).
import type { FieldError, Network } from '../../api';
import { fieldProblems } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';

export interface NetworkDraft {
  name: string;
  focus: string;
  startsOn: string;
  endsOn: string;
}

export const emptyNetwork: NetworkDraft = { name: '', focus: '', startsOn: '', endsOn: '' };

export function draftOfNetwork(network: Pick<Network, 'name' | 'focus' | 'starts_on' | 'ends_on'>): NetworkDraft {
  return { name: network.name, focus: network.focus ?? '', startsOn: network.starts_on ?? '', endsOn: network.ends_on ?? '' };
}

/** What creating and editing send alike. */
export interface NetworkFieldsInput {
  name: string;
  focus: string;
  starts_on: string | null;
  ends_on: string | null;
}

/** The fields to send (a date left empty is sent as null, which clears it), and the server's problems with them. */
export function networkFieldsOf(draft: NetworkDraft): { problems: FieldError[]; fields: NetworkFieldsInput } {
  const fields = { name: draft.name.trim(), focus: draft.focus.trim(), starts_on: draft.startsOn || null, ends_on: draft.endsOn || null };
  return { problems: fieldProblems(FORM_RULES.network, fields), fields };
}
