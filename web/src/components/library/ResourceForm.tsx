// Adding a resource to the library, or changing one: what it is (a link, a file or a note), its words, its tags and
// whom it is shared with. A file is checked in the browser for its size only: its type is checked by its content on
// the server, which answers with the reason (422 on `file`).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { libraryApi, MAX_FILE_BYTES, RESOURCE_KINDS, type Resource, type ResourceKind, type ShareScope } from '../../libraryApi';
import { Field, FormAlert, invalid, RadioGroup, SelectField, SubmitButton, TextAreaField, TextField, useForm } from '../forms';
import { useLoad } from '../page';
import { GuideSectionField } from './GuideSectionField';
import { sectionKey, splitKey } from './guideSections';
import { ResourceTagFields, type ResourceTags } from './ResourceTagFields';
import { shareChoices, shareKey } from './shareChoices';

function tagsOf(resource?: Resource): ResourceTags {
  return {
    language: resource?.language ?? 'en',
    topics: resource?.topics ?? [],
    gradeFrom: resource?.grade_from != null ? String(resource.grade_from) : '',
    gradeTo: resource?.grade_to != null ? String(resource.grade_to) : '',
  };
}

export function ResourceForm({ resource, onDone, onCancel }: { resource?: Resource; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ labels: { share_id: t('library.form.share'), share_scope: t('library.form.share'), file: t('library.form.file') } });
  const [me] = useLoad(() => api.getMe(), []);
  const [kind, setKind] = useState<ResourceKind>(resource?.kind ?? 'link');
  const [text, setText] = useState({ title: resource?.title ?? '', description: resource?.description ?? '', url: resource?.url ?? '', body: resource?.body ?? '' });
  const [tags, setTags] = useState(tagsOf(resource));
  const [share, setShare] = useState(resource ? shareKey(resource.share.scope, resource.share.id) : '');
  const [file, setFile] = useState<File | null>(null);
  const [section, setSection] = useState(sectionKey(resource?.guide_id, resource?.section_id));
  const ready = me.state === 'ready' ? me.data : null;
  const organizations = ready?.organizations ?? [];
  const [organizationId, setOrganizationId] = useState<string>(resource ? String(resource.organization.id) : '');
  const owner = Number(organizationId || organizations[0]?.id || 0);

  const save = form.submit(async () => {
    const { url: urlRule, body: bodyRule, ...common } = FORM_RULES.resource;
    checkFields(t('errors.checkFields'), { ...common, ...(kind === 'link' ? { url: urlRule } : {}), ...(kind === 'note' ? { body: bodyRule } : {}) }, text);
    if (!share) throw invalid(t('errors.checkFields'), { share_id: t('library.form.shareRequired') });
    if (kind === 'file' && file && file.size > MAX_FILE_BYTES) throw invalid(t('errors.checkFields'), { file: t('library.form.fileTooLarge') });
    if (kind === 'file' && !file && !resource?.file) throw invalid(t('errors.checkFields'), { file: t('library.form.fileRequired') });
    const [scope, id] = share.split(':');
    const fields = {
      title: text.title,
      description: text.description,
      language: tags.language,
      topics: tags.topics,
      grade_from: tags.gradeFrom === '' ? null : Number(tags.gradeFrom),
      grade_to: tags.gradeTo === '' ? null : Number(tags.gradeTo),
      ...splitKey(section),
      share_scope: scope as ShareScope,
      share_id: Number(id),
      ...(kind === 'link' ? { url: text.url } : {}),
      ...(kind === 'note' ? { body: text.body } : {}),
    };
    const saved = resource ? await libraryApi.update(resource.id, { ...fields, version: resource.version }) : await libraryApi.create({ ...fields, kind, organization_id: owner });
    if (kind === 'file' && file) await libraryApi.upload(saved.id, file);
    onDone();
  });

  const e = form.errors.fields;
  return (
    <form ref={form.formRef} onSubmit={save} noValidate aria-labelledby="resource-form-title" className="library-form">
      <h2 id="resource-form-title">{resource ? t('library.form.editTitle', { title: resource.title }) : t('library.form.addTitle')}</h2>
      <FormAlert message={form.errors.form} />
      {!resource && <RadioGroup<ResourceKind> legend={t('library.form.kind')} name="kind" value={kind} onChange={setKind} options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`library.kinds.${k}`) }))} />}
      {!resource && organizations.length > 1 && (
        <SelectField label={t('library.form.organization')} name="organization_id" value={String(owner)} options={organizations.map((o) => ({ value: String(o.id), label: o.name }))} onChange={setOrganizationId} error={e.organization_id} />
      )}
      <TextField label={t('library.form.title')} name="title" value={text.title} onChange={(ev) => setText({ ...text, title: ev.target.value })} error={e.title} />
      <TextAreaField label={t('library.form.description')} name="description" optional value={text.description} onChange={(description) => setText({ ...text, description })} error={e.description} />
      {kind === 'link' && <TextField label={t('library.form.url')} name="url" type="url" hint={t('library.form.urlHint')} value={text.url} onChange={(ev) => setText({ ...text, url: ev.target.value })} error={e.url} />}
      {kind === 'note' && <TextAreaField label={t('library.form.body')} name="body" value={text.body} onChange={(body) => setText({ ...text, body })} error={e.body} />}
      {kind === 'file' && (
        <Field label={t('library.form.file')} name="file" hint={t('library.form.fileHint')} error={e.file} optional={Boolean(resource?.file)}>
          {(control) => <input type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.txt,.csv" onChange={(ev) => setFile(ev.target.files?.[0] ?? null)} {...control} />}
        </Field>
      )}
      <ResourceTagFields tags={tags} change={setTags} errors={e} />
      <GuideSectionField value={section} change={setSection} error={e.section_id ?? e.guide_id} />
      <SelectField label={t('library.form.share')} name="share_id" value={share} onChange={setShare} options={shareChoices(t, ready, owner, resource)} error={e.share_id ?? e.share_scope} />
      <div className="actions">
        <SubmitButton busy={form.busy}>{resource ? t('library.form.save') : t('library.form.add')}</SubmitButton>
        <button type="button" onClick={onCancel}>
          {t('library.form.cancel')}
        </button>
      </div>
    </form>
  );
}
