import type { Ref } from '../../api';

/** A name in the minutes, which give a person either as a name or as a reference to them. */
export const nameOf = (value: string | Ref | null | undefined) => (value && typeof value === 'object' ? value.name : value ?? '');
