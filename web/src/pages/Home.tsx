import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  api,
  GRADE_SPANS,
  ORGANIZATION_KINDS,
  type GradeSpan,
  type OrganizationInput,
  type OrganizationKind,
  type Profile,
} from '../api';
import { CheckboxGroup, FormAlert, SelectField, SubmitButton, TextField, invalid, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { useUser } from '../session';

const PROFILE_COUNTS = ['enrollment', 'low_income', 'english_learners', 'foster', 'homeless'] as const;
type ProfileCount = (typeof PROFILE_COUNTS)[number];

function CreateOrganization() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('district');
  const [cdsCode, setCdsCode] = useState('');
  const [ncesId, setNcesId] = useState('');
  const [gradeSpans, setGradeSpans] = useState<GradeSpan[]>([]);
  const [counts, setCounts] = useState<Record<ProfileCount, string>>({
    enrollment: '',
    low_income: '',
    english_learners: '',
    foster: '',
    homeless: '',
  });

  const onSubmit = form.submit(async () => {
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('form.required');
    if (cdsCode.trim() && !/^\d{14}$/.test(cdsCode.trim())) errors.cds_code = t('organization.cdsInvalid');
    const profile: Partial<Profile> = {};
    for (const key of PROFILE_COUNTS) {
      const text = counts[key].trim();
      if (!text) continue;
      if (!/^\d+$/.test(text)) errors[key] = t('form.wholeNumber');
      else profile[key] = Number(text);
    }
    if (Object.keys(errors).length) throw invalid(t('errors.checkFields'), errors);
    const input: OrganizationInput = { name: name.trim(), kind, grade_spans: gradeSpans };
    if (cdsCode.trim()) input.cds_code = cdsCode.trim();
    if (ncesId.trim()) input.nces_id = ncesId.trim();
    if (Object.keys(profile).length) input.profile = profile;
    const created = await api.createOrganization(input);
    navigate(`/organizations/${created.id}`);
  });

  const fieldError = (key: string) => form.errors.fields[key] ?? form.errors.fields[`profile.${key}`];

  return (
    <section aria-labelledby="create-organization">
      <h2 id="create-organization">{t('home.createOrganization')}</h2>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField label={t('field.name')} name="name" value={name} onChange={(e) => setName(e.target.value)} error={form.errors.fields.name} />
        <SelectField
          label={t('organization.kind')}
          name="kind"
          value={kind}
          onChange={setKind}
          options={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          error={form.errors.fields.kind}
        />
        <TextField
          label={t('organization.cdsCode')}
          name="cds_code"
          optional
          inputMode="numeric"
          hint={t('organization.cdsHint')}
          value={cdsCode}
          onChange={(e) => setCdsCode(e.target.value)}
          error={form.errors.fields.cds_code}
        />
        <TextField
          label={t('organization.ncesId')}
          name="nces_id"
          optional
          inputMode="numeric"
          value={ncesId}
          onChange={(e) => setNcesId(e.target.value)}
          error={form.errors.fields.nces_id}
        />
        <CheckboxGroup
          legend={t('organization.gradeSpansServed')}
          name="grade_spans"
          options={GRADE_SPANS.map((value) => ({ value, label: t(`gradeSpan.${value}`) }))}
          value={gradeSpans}
          onChange={setGradeSpans}
          error={form.errors.fields.grade_spans}
        />
        <fieldset className="group">
          <legend>{t('organization.profileCounts')}</legend>
          <p className="hint">{t('organization.profileHint')}</p>
          <div className="grid">
            {PROFILE_COUNTS.map((key) => (
              <TextField
                key={key}
                label={t(`profile.${key}`)}
                name={key}
                optional
                inputMode="numeric"
                value={counts[key]}
                onChange={(e) => setCounts({ ...counts, [key]: e.target.value })}
                error={fieldError(key)}
              />
            ))}
          </div>
        </fieldset>
        <SubmitButton busy={form.busy}>{t('home.createOrganizationSubmit')}</SubmitButton>
      </form>
    </section>
  );
}

export default function Home() {
  const { t } = useTranslation();
  const user = useUser();
  usePageTitle(t('home.title'));
  const [load] = useLoad(() => api.getMe(), []);

  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const me = load.data;
  const organizationName = new Map(me.organizations.map((o) => [o.id, o.name]));

  return (
    <>
      <h1>{t('home.welcome', { name: user.name })}</h1>
      <div className="columns">
        <section aria-labelledby="my-organizations">
          <h2 id="my-organizations">{t('home.organizations')}</h2>
          {me.organizations.length ? (
            <ul className="cards">
              {me.organizations.map((o) => (
                <li key={o.id}>
                  <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                  <span className="meta">
                    {t(`kind.${o.kind}`)} · {t(`role.organization.${o.role}`)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noOrganizations')}</p>
          )}
        </section>
        <section aria-labelledby="my-networks">
          <h2 id="my-networks">{t('home.networks')}</h2>
          {me.networks.length ? (
            <ul className="cards">
              {me.networks.map((n) => (
                <li key={n.id}>
                  <Link to={`/networks/${n.id}`}>{n.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noNetworks')}</p>
          )}
        </section>
        <section aria-labelledby="my-teams">
          <h2 id="my-teams">{t('home.teams')}</h2>
          {me.teams.length ? (
            <ul className="cards">
              {me.teams.map((team) => (
                <li key={team.id}>
                  <Link to={`/teams/${team.id}`}>{team.name}</Link>
                  <span className="meta">
                    {[organizationName.get(team.organization_id), t(`role.team.${team.role}`)].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noTeams')}</p>
          )}
        </section>
      </div>
      <CreateOrganization />
    </>
  );
}
