import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  api,
  ApiError,
  GRADE_SPANS,
  TEAM_ROLES,
  type GapKind,
  type GradeSpan,
  type Member,
  type MemberChanges,
  type Perspective,
  type Team as TeamData,
  type TeamRole,
} from '../api';
import { InviteForm } from '../components/InviteForm';
import { TeamGuides } from '../components/TeamGuides';
import { TeamMeetings } from '../components/TeamMeetings';
import {
  CheckboxGroup,
  FormAlert,
  SelectField,
  Status,
  SubmitButton,
  TextField,
  invalid,
  splitList,
  useForm,
  useProblemText,
} from '../components/forms';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { formatDate, formatDateTime, perspectiveLabel } from '../format';

type Labels = {
  perspective: (key: string) => string;
  span: (key: string) => string;
  role: (role: TeamRole) => string;
};

function useLabels(catalogue: Perspective[]): Labels {
  const { t } = useTranslation();
  const byKey = new Map(catalogue.map((p) => [p.key, p]));
  return {
    perspective: (key) => perspectiveLabel(byKey.get(key), key),
    span: (key) => t(`gradeSpan.${key}`),
    role: (role) => t(`role.team.${role}`),
  };
}

/** The editable fields of a member, as the forms hold them (lists of free strings as comma-separated text). */
interface Draft {
  role: TeamRole;
  perspectives: string[];
  grade_spans: GradeSpan[];
  content_areas: string;
  skills: string;
}

const emptyDraft: Draft = { role: 'member', perspectives: [], grade_spans: [], content_areas: '', skills: '' };

function draftOf(member: Member): Draft {
  return {
    role: member.role,
    perspectives: member.perspectives,
    grade_spans: member.grade_spans,
    content_areas: member.content_areas.join(', '),
    skills: member.skills.join(', '),
  };
}

function changesOf(draft: Draft, version: number): MemberChanges {
  return {
    role: draft.role,
    perspectives: draft.perspectives,
    grade_spans: draft.grade_spans,
    content_areas: splitList(draft.content_areas),
    skills: splitList(draft.skills),
    version,
  };
}

const sameValue = (a: string | string[], b: string | string[]) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\n') === [...b].sort().join('\n') : a === b;

/** Three-way merge of one member's fields: the user's changes (mine vs. base) applied over the saved values. */
function mergeDrafts(base: Draft, mine: Draft, saved: Draft): Draft {
  const keys = Object.keys(base) as (keyof Draft)[];
  const merged = { ...saved };
  for (const key of keys) {
    if (!sameValue(base[key], mine[key])) (merged as Record<keyof Draft, unknown>)[key] = mine[key];
  }
  return merged;
}

/** The fields a member has beyond name and e-mail, shared by the add and edit forms. */
function MemberFields({
  draft,
  setDraft,
  errors,
  catalogue,
  labels,
}: {
  draft: Draft;
  setDraft: (draft: Draft) => void;
  errors: Record<string, string>;
  catalogue: Perspective[];
  labels: Labels;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('field.role')}
        name="role"
        value={draft.role}
        onChange={(role) => setDraft({ ...draft, role })}
        options={TEAM_ROLES.map((value) => ({ value, label: labels.role(value) }))}
        error={errors.role}
      />
      <CheckboxGroup
        legend={t('team.perspectives')}
        name="perspectives"
        hint={t('team.perspectivesHint')}
        options={catalogue.map((p) => ({ value: p.key, label: labels.perspective(p.key) }))}
        value={draft.perspectives}
        onChange={(perspectives) => setDraft({ ...draft, perspectives })}
        error={errors.perspectives}
      />
      <CheckboxGroup
        legend={t('team.gradeSpans')}
        name="grade_spans"
        options={GRADE_SPANS.map((value) => ({ value, label: labels.span(value) }))}
        value={draft.grade_spans}
        onChange={(grade_spans) => setDraft({ ...draft, grade_spans })}
        error={errors.grade_spans}
      />
      <TextField
        label={t('team.contentAreas')}
        name="content_areas"
        optional
        hint={t('form.commaSeparated')}
        value={draft.content_areas}
        onChange={(e) => setDraft({ ...draft, content_areas: e.target.value })}
        error={errors.content_areas}
      />
      <TextField
        label={t('team.skills')}
        name="skills"
        optional
        hint={t('form.commaSeparated')}
        value={draft.skills}
        onChange={(e) => setDraft({ ...draft, skills: e.target.value })}
        error={errors.skills}
      />
    </>
  );
}

function Representation({
  team,
  labels,
  manages,
  planned,
}: {
  team: TeamData;
  labels: Labels;
  manages: boolean;
  planned: (kind: GapKind, key: string, label: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const representation = team.representation;
  const openGaps = new Set(
    team.outreach_items.filter((item) => item.status === 'open').map((item) => `${item.gap_kind}:${item.gap_key}`),
  );
  const gaps: { kind: GapKind; key: string; label: string }[] = [
    ...representation.missing.map((key) => ({ kind: 'perspective' as const, key, label: labels.perspective(key) })),
    ...representation.grade_spans.missing.map((key) => ({ kind: 'grade_span' as const, key, label: labels.span(key) })),
  ];
  const membersBy = new Map(representation.perspectives.map((p) => [p.key, p.members]));

  async function plan(kind: GapKind, key: string, label: string) {
    const id = `${kind}:${key}`;
    if (busy) return;
    setError(null);
    setBusy(id);
    try {
      await planned(kind, key, label);
    } catch (failure) {
      setError(problemText(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="representation" className="representation">
      <h2 id="representation">{t('team.representation')}</h2>
      <p className="meta">{t('team.representationIntro')}</p>
      <div className="columns">
        <div>
          <h3 id="missing">{t('team.missing')}</h3>
          <FormAlert message={error} />
          {gaps.length ? (
            <ul className="gaps" aria-labelledby="missing">
              {gaps.map((gap) => {
                const id = `${gap.kind}:${gap.key}`;
                return (
                  <li key={id} className="gap">
                    <span className="badge badge-missing">
                      <span aria-hidden="true">✗ </span>
                      {t('team.missingLabel')}
                    </span>{' '}
                    <span className="gap-name">
                      {gap.kind === 'perspective'
                        ? t('team.missingPerspective', { label: gap.label })
                        : t('team.missingGradeSpan', { label: gap.label })}
                    </span>
                    {openGaps.has(id) ? (
                      <span className="badge badge-planned">{t('team.outreachPlanned')}</span>
                    ) : (
                      manages && (
                        <button
                          type="button"
                          className="button button-small"
                          aria-disabled={busy === id || undefined}
                          onClick={() => void plan(gap.kind, gap.key, gap.label)}
                        >
                          {t('team.planOutreach')}
                          <span className="visually-hidden"> {t('team.planOutreachFor', { label: gap.label })}</span>
                        </button>
                      )
                    )}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{t('team.noGaps')}</p>
          )}
        </div>
        <div>
          <h3 id="covered">{t('team.covered')}</h3>
          {representation.covered.length || representation.grade_spans.covered.length ? (
            <ul className="covered" aria-labelledby="covered">
              {representation.covered.map((key) => (
                <li key={key}>
                  <span className="badge badge-covered">
                    <span aria-hidden="true">✓ </span>
                    {t('team.coveredLabel')}
                  </span>{' '}
                  {t('team.coveredPerspective', { label: labels.perspective(key) })}
                  {membersBy.get(key)?.length ? (
                    <span className="meta"> — {membersBy.get(key)!.join(', ')}</span>
                  ) : null}
                </li>
              ))}
              {representation.grade_spans.covered.map((key) => (
                <li key={`span-${key}`}>
                  <span className="badge badge-covered">
                    <span aria-hidden="true">✓ </span>
                    {t('team.coveredLabel')}
                  </span>{' '}
                  {t('team.coveredGradeSpan', { label: labels.span(key) })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('team.nothingCovered')}</p>
          )}
          {representation.content_areas.length > 0 && (
            <p>
              <strong>{t('team.contentAreas')}:</strong> {representation.content_areas.join(', ')}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

function Outreach({ team, labels, headingRef }: { team: TeamData; labels: Labels; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation();
  const owner = new Map(team.members.map((m) => [m.id, m.name]));
  return (
    <section aria-labelledby="outreach">
      <h2 id="outreach" tabIndex={-1} ref={headingRef}>
        {t('team.outreach')}
      </h2>
      {team.outreach_items.length ? (
        <ul className="cards outreach-items">
          {team.outreach_items.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong>
              <span className="meta">
                {[
                  item.gap_kind === 'perspective'
                    ? t('team.gapPerspective', { label: labels.perspective(item.gap_key) })
                    : t('team.gapGradeSpan', { label: labels.span(item.gap_key) }),
                  t(`team.status.${item.status}`),
                  item.owner_member_id ? t('team.owner', { name: owner.get(item.owner_member_id) ?? '' }) : null,
                  item.due_on ? t('team.due', { date: formatDate(item.due_on) }) : null,
                  t('team.created', { time: formatDateTime(item.created_at) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('team.noOutreach')}</p>
      )}
    </section>
  );
}

function AddMember({
  teamId,
  catalogue,
  labels,
  added,
}: {
  teamId: number;
  catalogue: Perspective[];
  labels: Labels;
  added: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [draft, setDraft] = useState<Draft>(emptyDraft);

  const onSubmit = form.submit(async () => {
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('form.required');
    if (!email.trim()) errors.email = t('form.required');
    if (Object.keys(errors).length) throw invalid(t('errors.checkFields'), errors);
    const { version: _version, ...fields } = changesOf(draft, 0);
    const member = await api.addMember(teamId, { name: name.trim(), email: email.trim(), ...fields });
    setName('');
    setEmail('');
    setDraft(emptyDraft);
    await added(member.name);
  });

  return (
    <section aria-labelledby="add-member">
      <h2 id="add-member">{t('team.addMember')}</h2>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField label={t('field.name')} name="name" value={name} onChange={(e) => setName(e.target.value)} error={form.errors.fields.name} />
        <TextField
          label={t('field.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.errors.fields.email}
        />
        <MemberFields draft={draft} setDraft={setDraft} errors={form.errors.fields} catalogue={catalogue} labels={labels} />
        <SubmitButton busy={form.busy}>{t('team.addMemberSubmit')}</SubmitButton>
      </form>
    </section>
  );
}

function MemberValues({ member, labels }: { member: Member; labels: Labels }) {
  const { t } = useTranslation();
  const none = t('team.none');
  return (
    <dl className="facts">
      <div>
        <dt>{t('field.role')}</dt>
        <dd>{labels.role(member.role)}</dd>
      </div>
      <div>
        <dt>{t('team.perspectives')}</dt>
        <dd>{member.perspectives.map(labels.perspective).join(', ') || none}</dd>
      </div>
      <div>
        <dt>{t('team.gradeSpans')}</dt>
        <dd>{member.grade_spans.map(labels.span).join(', ') || none}</dd>
      </div>
      <div>
        <dt>{t('team.contentAreas')}</dt>
        <dd>{member.content_areas.join(', ') || none}</dd>
      </div>
      <div>
        <dt>{t('team.skills')}</dt>
        <dd>{member.skills.join(', ') || none}</dd>
      </div>
    </dl>
  );
}

/**
 * Edits one member. The PATCH carries the version the form was opened with; when someone else saved in between
 * (409 stale-edit), the current values are shown and the user chooses to re-apply their changes or take theirs.
 */
function EditMember({
  teamId,
  member,
  catalogue,
  labels,
  saved,
  cancel,
}: {
  teamId: number;
  member: Member;
  catalogue: Perspective[];
  labels: Labels;
  saved: (name: string) => Promise<void>;
  cancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [draft, setDraft] = useState<Draft>(() => draftOf(member));
  const [original, setOriginal] = useState<Draft>(() => draftOf(member));
  const [version, setVersion] = useState(member.version);
  const [current, setCurrent] = useState<Member | null>(null);

  const onSubmit = form.submit(async () => {
    try {
      await api.updateMember(teamId, member.id, changesOf(draft, version));
    } catch (error) {
      if (error instanceof ApiError && error.is('stale-edit') && error.problem.current) {
        // Keep what this user changed, take everything else from the saved member, and save against its version.
        const latest = error.problem.current as Member;
        setCurrent(latest);
        setDraft(mergeDrafts(original, draft, draftOf(latest)));
        setOriginal(draftOf(latest));
        setVersion(latest.version);
      }
      throw error;
    }
    await saved(member.name);
  });

  const takeTheirs = () => {
    if (!current) return;
    setDraft(draftOf(current));
    setOriginal(draftOf(current));
    setVersion(current.version);
    setCurrent(null);
    form.clear();
  };

  return (
    <section aria-labelledby="edit-member" className="panel">
      <h3 id="edit-member" tabIndex={-1}>
        {t('team.editMember', { name: member.name })}
      </h3>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        {current && (
          <div className="conflict" role="group" aria-labelledby="conflict-title">
            <h4 id="conflict-title">{t('team.conflictTitle')}</h4>
            <p>{t('team.conflictText')}</p>
            <MemberValues member={current} labels={labels} />
            <p>{t('team.conflictChoice')}</p>
            <button type="button" className="button" onClick={takeTheirs}>
              {t('team.useCurrent')}
            </button>
          </div>
        )}
        <MemberFields draft={draft} setDraft={setDraft} errors={form.errors.fields} catalogue={catalogue} labels={labels} />
        <div className="actions">
          <SubmitButton busy={form.busy}>{current ? t('team.reapply') : t('team.save')}</SubmitButton>
          <button type="button" className="button" onClick={cancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function MembersTable({
  team,
  labels,
  manages,
  edit,
  remove,
}: {
  team: TeamData;
  labels: Labels;
  manages: boolean;
  edit: (member: Member) => void;
  remove: (member: Member) => Promise<void>;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const none = t('team.none');

  async function confirmRemove(member: Member) {
    setError(null);
    try {
      await remove(member);
      setConfirming(null);
    } catch (failure) {
      setError(problemText(failure));
    }
  }

  if (!team.members.length) return <p>{t('team.noMembers')}</p>;
  return (
    <>
      <FormAlert message={error} />
      <TableRegion caption={t('team.membersCaption', { count: team.members.length })}>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.role')}</th>
              <th scope="col">{t('team.perspectives')}</th>
              <th scope="col">{t('team.contentAreas')}</th>
              <th scope="col">{t('team.gradeSpans')}</th>
              <th scope="col">{t('team.skills')}</th>
              {manages && <th scope="col">{t('team.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {team.members.map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  {member.name}
                  <span className="meta block">{member.email}</span>
                </th>
                <td>{labels.role(member.role)}</td>
                <td>{member.perspectives.map(labels.perspective).join(', ') || none}</td>
                <td>{member.content_areas.join(', ') || none}</td>
                <td>{member.grade_spans.map(labels.span).join(', ') || none}</td>
                <td>{member.skills.join(', ') || none}</td>
                {manages && (
                  <td className="row-actions">
                    {confirming === member.id ? (
                      <span role="group" aria-label={t('team.confirmRemove', { name: member.name })}>
                        <span className="confirm-text">{t('team.confirmRemove', { name: member.name })}</span>{' '}
                        <button type="button" className="button button-danger button-small" onClick={() => void confirmRemove(member)}>
                          {t('team.confirmRemoveYes')}
                        </button>{' '}
                        <button type="button" className="button button-small" onClick={() => setConfirming(null)}>
                          {t('form.cancel')}
                        </button>
                      </span>
                    ) : (
                      <>
                        <button type="button" className="button button-small" onClick={() => edit(member)}>
                          {t('team.edit')}
                          <span className="visually-hidden"> {member.name}</span>
                        </button>{' '}
                        <button type="button" className="button button-small" onClick={() => setConfirming(member.id)}>
                          {t('team.remove')}
                          <span className="visually-hidden"> {member.name}</span>
                        </button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
      </TableRegion>
    </>
  );
}

export default function Team() {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const [load, reload] = useLoad(
    () => Promise.all([api.getTeam(teamId), api.listPerspectives()]),
    [teamId],
  );
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<Member | null>(null);
  const outreachHeading = useRef<HTMLHeadingElement>(null);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const catalogue = load.state === 'ready' ? load.data[1].perspectives : [];
  const labels = useLabels(catalogue);
  usePageTitle(load.state === 'ready' ? load.data[0].name : null);

  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [team] = load.data;
  const manages = team.may.manage;

  const planned = async (kind: GapKind, key: string, label: string) => {
    const title = kind === 'perspective' ? t('team.outreachTitlePerspective', { label }) : t('team.outreachTitleGradeSpan', { label });
    await api.planOutreach(team.id, { gap_kind: kind, gap_key: key, title });
    await reload();
    setStatus(t('team.outreachDone', { label }));
    outreachHeading.current?.focus();
  };

  const startEdit = (member: Member) => {
    setStatus(null);
    setEditing(member);
    requestAnimationFrame(() => document.getElementById('edit-member')?.focus());
  };

  return (
    <>
      <h1>{team.name}</h1>
      <p className="lead">
        {t('team.of')} <Link to={`/organizations/${team.organization.id}`}>{team.organization.name}</Link>
        {team.my_role && <> · {t('team.yourRole', { role: labels.role(team.my_role) })}</>}
      </p>
      {team.focus && (
        <p>
          <strong>{t('team.focus')}:</strong> {team.focus}
        </p>
      )}
      <Status message={status} />
      <TeamGuides teamId={team.id} manages={manages} />
      <TeamMeetings teamId={team.id} manages={manages} />
      <Representation team={team} labels={labels} manages={manages} planned={planned} />
      <Outreach team={team} labels={labels} headingRef={outreachHeading} />
      <section aria-labelledby="members">
        <h2 id="members" tabIndex={-1} ref={membersHeading}>
          {t('team.members')}
        </h2>
        <MembersTable
          team={team}
          labels={labels}
          manages={manages}
          edit={startEdit}
          remove={async (member) => {
            await api.removeMember(team.id, member.id);
            if (editing?.id === member.id) setEditing(null);
            await reload();
            setStatus(t('team.removed', { name: member.name }));
            membersHeading.current?.focus();
          }}
        />
        {manages && editing && (
          <EditMember
            key={editing.id}
            teamId={team.id}
            member={editing}
            catalogue={catalogue}
            labels={labels}
            saved={async (name) => {
              setEditing(null);
              await reload();
              setStatus(t('team.saved', { name }));
              membersHeading.current?.focus();
            }}
            cancel={() => {
              setEditing(null);
              membersHeading.current?.focus();
            }}
          />
        )}
      </section>
      {manages && (
        <>
          <AddMember
            teamId={team.id}
            catalogue={catalogue}
            labels={labels}
            added={async (name) => {
              await reload();
              setStatus(t('team.added', { name }));
            }}
          />
          <InviteForm<TeamRole>
            headingId="invite-team"
            heading={t('team.invite')}
            roles={TEAM_ROLES.map((value) => ({ value, label: labels.role(value) }))}
            initialRole="member"
            send={(email, role) => api.inviteToTeam(team.id, email, role)}
          />
        </>
      )}
    </>
  );
}
