import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { dataApi, type DataOverview } from '../../dataApi';
import { useUser } from '../../session';
import { invalid, useForm } from '../forms';
import { checkCounts, countsInput, isCountsDraft, newCountRow, type CountRowDraft, type CountsDraft } from './countsDraft';
import { useDraft } from './useDraft';

/** The counts just saved, for the link to their analysis. */
export interface SavedCounts {
  indicator: string;
  year: number;
  org_code: string;
}

/**
 * The manual counts form's state: the draft (kept in this browser until saved, so a reload loses nothing), the
 * messages by field, and the counts last saved.
 */
export function useCountsForm(orgId: number, overview: DataOverview) {
  const { t } = useTranslation();
  const user = useUser();
  const form = useForm();
  const draft = useDraft<CountsDraft>(
    `data.counts.${user.id}.${orgId}`,
    { indicator: '', direction: 'lower_is_better', year: String(new Date().getFullYear() - 1), orgCode: overview.district_code ?? '', rows: [newCountRow('ALL'), newCountRow('FOS'), newCountRow('HOM')] },
    isCountsDraft,
  );
  const [saved, setSaved] = useState<SavedCounts | null>(null);
  // Messages by exact field ("groups" apart from "groups[0].numerator"), which the form's map merges.
  const [exact, setExact] = useState<Record<string, string>>({});
  const errors: Record<string, string | undefined> = { ...form.errors.fields, ...exact, groups: exact.groups };
  const set = (change: Partial<CountsDraft>) => draft.set((d) => ({ ...d, ...change }));
  const setRows = (update: (list: CountRowDraft[]) => CountRowDraft[]) => draft.set((d) => ({ ...d, rows: update(d.rows) }));

  const send = async () => {
    const fields = checkCounts(t, draft.value);
    if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
    const input = countsInput(draft.value, overview.district_code);
    const result = await dataApi.putCounts(orgId, input);
    draft.forget();
    setSaved({ indicator: input.indicator, year: input.year, org_code: result.org_code });
  };

  const onSubmit = form.submit(async () => {
    setSaved(null);
    setExact({});
    try {
      await send();
    } catch (error) {
      if (error instanceof ApiError) setExact(Object.fromEntries((error.problem.errors ?? []).map((x) => [x.field, x.message])));
      throw error;
    }
  });

  return { form, draft, errors, saved, set, setRows, onSubmit };
}
