import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, EXPECTATION_TEMPLATES, type ExpectationTemplate, type Team } from '../../api';
import { FormAlert, SelectField, SubmitButton, useForm } from '../forms';

type Choice = ExpectationTemplate | 'organization';

/** Settings: which representation template the team's gaps are reckoned against (the team's own choice, or its
 * organization's role). A stale version answers 409: the form says so and shows the current setting. */
export function RepresentationExpectations({ team, saved }: { team: Team; saved: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const expectations = team.representation_expectations;
  const [choice, setChoice] = useState<Choice>(expectations.own ?? 'organization');
  const options: { value: Choice; label: string }[] = [
    { value: 'organization', label: t('teamTabs.expectations.organization') },
    ...EXPECTATION_TEMPLATES.map((value) => ({ value: value as Choice, label: t(`teamTabs.expectations.template.${value}`) })),
  ];
  const onSubmit = form.submit(async () => {
    try {
      const updated = await api.updateTeam(team.id, { representation_template: choice === 'organization' ? null : choice, version: team.version });
      await saved(t('teamTabs.expectations.saved', { template: t(`teamTabs.expectations.template.${updated.representation_expectations.template}`) }));
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) {
        await saved(t('teamTabs.expectations.stale'));
        return;
      }
      throw failure;
    }
  });
  return (
    <section aria-labelledby="expectations">
      <h2 id="expectations">{t('teamTabs.expectations.title')}</h2>
      <p>{t('teamTabs.expectations.intro')}</p>
      <p>
        {t('teamTabs.expectations.current', { template: t(`teamTabs.expectations.template.${expectations.template}`) })}
      </p>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <SelectField
          label={t('teamTabs.expectations.label')}
          name="representation_template"
          value={choice}
          options={options}
          onChange={setChoice}
          error={form.errors.fields.representation_template}
        />
        <SubmitButton busy={form.busy}>{t('teamTabs.expectations.submit')}</SubmitButton>
      </form>
    </section>
  );
}
