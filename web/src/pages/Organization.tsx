import { OrganizationExpertise } from '../components/organization/OrganizationExpertise';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ORGANIZATION_ROLES, type Organization as OrganizationData, type OrganizationRole } from '../api';
import { InviteForm } from '../components/InviteForm';
import { FormAlert, SubmitButton, TextAreaField, TextField, useForm } from '../components/forms';
import { checkFields } from '../fieldChecks';
import { FORM_RULES } from '../formRules';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { formatNumber, formatPercent } from '../format';
import { EditableProfile } from '../components/organization/EditableProfile';
import { OrganizationMembers } from '../components/organization/OrganizationMembers';

const GROUPS = ['low_income', 'english_learners', 'foster', 'homeless'] as const;

function StudentProfile({ organization }: { organization: OrganizationData }) {
  const { t } = useTranslation();
  const profile = organization.profile;
  const enrollment = profile?.enrollment ?? null;
  return (
    <section aria-labelledby="students">
      <h2 id="students">{t('organization.students')}</h2>
      {!profile || Object.values(profile).every((value) => value === null) ? (
        <p>{t('organization.noProfile')}</p>
      ) : (
        <TableRegion caption={t('organization.studentsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('organization.group')}</th>
                <th scope="col" className="number">
                  {t('organization.count')}
                </th>
                <th scope="col" className="number">
                  {t('organization.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('profile.enrollment')}</th>
                <td className="number">{enrollment === null ? t('organization.notReported') : formatNumber(enrollment)}</td>
                <td className="number">{enrollment ? formatPercent(1, 1) : ''}</td>
              </tr>
              {GROUPS.map((group) => {
                const count = profile[group];
                return (
                  <tr key={group}>
                    <th scope="row">{t(`profile.${group}`)}</th>
                    <td className="number">{count === null ? t('organization.notReported') : formatNumber(count)}</td>
                    <td className="number">
                      {count !== null && enrollment ? formatPercent(count, enrollment) : t('organization.notAvailable')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
        </TableRegion>
      )}
      {profile?.source && <p className="meta">{t('organization.source', { source: profile.source })}</p>}
    </section>
  );
}

function CreateTeam({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm();
  const [name, setName] = useState('');
  const [focus, setFocus] = useState('');

  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.team, { name, focus });
    const team = await api.createTeam(organizationId, { name: name.trim(), ...(focus.trim() ? { focus: focus.trim() } : {}) });
    navigate(`/teams/${team.id}`);
  });

  return (
    <section aria-labelledby="create-team">
      <h2 id="create-team">{t('organization.createTeam')}</h2>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField label={t('team.name')} name="name" value={name} onChange={(e) => setName(e.target.value)} error={form.errors.fields.name} />
        <TextAreaField label={t('team.focus')} name="focus" optional value={focus} onChange={setFocus} error={form.errors.fields.focus} />
        <SubmitButton busy={form.busy}>{t('organization.createTeamSubmit')}</SubmitButton>
      </form>
    </section>
  );
}

export default function Organization() {
  const { t } = useTranslation();
  const organizationId = Number(useParams().id);
  const [load, reload] = useLoad(
    () => Promise.all([api.getOrganization(organizationId), api.listOrganizationTeams(organizationId), api.getMe()]),
    [organizationId],
  );
  usePageTitle(load.state === 'ready' ? load.data[0].name : null);

  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [organization, { teams }, me] = load.data;
  const manages = organization.may.manage;
  const myRole = me.organizations.find((o) => o.id === organization.id)?.role;

  return (
    <>
      <h1>{organization.name}</h1>
      <EditableProfile organization={organization} myRole={myRole} students={<StudentProfile organization={organization} />} reload={reload} />
      <OrganizationExpertise organizationId={organization.id} manages={manages} />
      {organization.may.read_student_data && (
        <nav aria-label={t('data.link.label')}>
          <ul className="link-list">
            <li>
              <Link to={`/organizations/${organization.id}/data`}>{t('data.link.data')}</Link>
            </li>
            <li>
              <Link to={`/organizations/${organization.id}/teachers`}>{t('data.link.teachers')}</Link>
            </li>
            {manages && (
              <li>
                <Link to={`/organizations/${organization.id}/networks`}>{t('networks.link')}</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      <section aria-labelledby="teams">
        <h2 id="teams">{t('organization.teams')}</h2>
        {teams.length ? (
          <ul className="cards">
            {teams.map((team) => (
              <li key={team.id}>
                <Link to={`/teams/${team.id}`}>{team.name}</Link>
                {team.focus && <span className="meta">{team.focus}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('organization.noTeams')}</p>
        )}
      </section>
      {manages && (
        <>
          <OrganizationMembers organizationId={organization.id} />
          <CreateTeam organizationId={organization.id} />
          <InviteForm<OrganizationRole>
            headingId="invite-organization"
            heading={t('organization.invite')}
            roles={ORGANIZATION_ROLES.map((value) => ({ value, label: t(`role.organization.${value}`) }))}
            initialRole="member"
            send={(email, role) => api.inviteToOrganization(organization.id, email, role)}
          />
        </>
      )}
    </>
  );
}
