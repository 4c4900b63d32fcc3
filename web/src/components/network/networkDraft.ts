// A network's name, focus and dates as typed (dates as the date field gives them, '' when none), checked before
// sending with the server's rules: a name, and the end not before the start.
import type { Network } from '../../api';

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

type Translate = (key: string) => string;

/** The fields to send (a date left empty is sent as null, which clears it), and the messages for wrong ones. */
/** What creating and editing send alike. */
export interface NetworkFieldsInput {
  name: string;
  focus: string;
  starts_on: string | null;
  ends_on: string | null;
}

export function networkFieldsOf(t: Translate, draft: NetworkDraft): { errors: Record<string, string>; fields: NetworkFieldsInput } {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  if (!name) errors.name = t('form.required');
  if (draft.startsOn && draft.endsOn && draft.endsOn < draft.startsOn) errors.ends_on = t('networkAdmin.endsBeforeStart');
  return {
    errors,
    fields: { name, focus: draft.focus.trim(), starts_on: draft.startsOn || null, ends_on: draft.endsOn || null },
  };
}
