import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Measure } from '../../api';
import { dataApi, type DataView } from '../../dataApi';
import { STUDENT_GROUPS, groupName, indicatorName, placeName, schoolYear } from '../../dataLabels';
import { formatDate } from '../../format';
import { FormAlert, SelectField, SubmitButton, useForm } from '../forms';
import { useLoad } from '../page';

/** Every data view the team attached, across its guides. */
async function teamDataViews(teamId: number): Promise<DataView[]> {
  const { guides } = await api.listTeamGuides(teamId);
  const lists = await Promise.all(guides.map((g) => dataApi.dataViews(teamId, g.id)));
  return lists.flatMap((l) => l.data_views);
}

/**
 * Adds one point per school year from one of the team's student data views: a group's rate in percent, dated
 * August 15 of the year's start. All or none; dates the measure already has are named. Shown only when the team
 * has a data view.
 */
export function FromDataView({ measure, added }: { measure: Measure; added: (measure: Measure, status: string) => void }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => teamDataViews(measure.team_id), [measure.team_id]);
  const form = useForm();
  const [viewId, setViewId] = useState('');
  const [group, setGroup] = useState('ALL');
  if (load.state !== 'ready' || load.data.length === 0) return null;
  const views = load.data;
  const chosen = viewId || String(views[0].id);
  const onSubmit = form.submit(async () => {
    try {
      const made = await api.addMeasurePointsFromDataView(measure.id, Number(chosen), group);
      const years = made.withheld_years.map(schoolYear).join(', ');
      added(made, [t('measure.fromView.added', { count: made.added_years.length }), years && t('measure.fromView.withheld', { years })].filter(Boolean).join(' '));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const dates = (error.problem.detail?.match(/\d{4}-\d{2}-\d{2}/g) ?? []).map(formatDate).join(', ');
        throw new ApiError({ ...error.problem, detail: t('measure.fromView.conflict', { dates }), local: true });
      }
      throw error;
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="from-data-view">
      <h2 id="from-data-view">{t('measure.fromView.title')}</h2>
      <p>{t('measure.fromView.explain')}</p>
      <FormAlert message={form.errors.form} />
      <SelectField label={t('measure.fromView.view')} name="view_id" value={chosen} onChange={setViewId} error={form.errors.fields.view_id}
        options={views.map((v) => ({ value: String(v.id), label: `${indicatorName(t, v.indicator)} · ${schoolYear(v.year)} · ${placeName(t, v.org_code, null, v.org_name)}` }))} />
      <SelectField label={t('measure.fromView.group')} name="group" value={group} onChange={setGroup} error={form.errors.fields.group}
        options={STUDENT_GROUPS.map((code) => ({ value: code, label: groupName(t, code) }))} />
      <SubmitButton busy={form.busy}>{t('measure.fromView.submit')}</SubmitButton>
    </form>
  );
}
