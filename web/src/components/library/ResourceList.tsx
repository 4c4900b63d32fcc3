// The library's results: each resource with what it is, whose it is, whom it is shared with and its tags; a link
// opens in a new tab, a file downloads, a note shows its text. Its writers (`may_edit`) change or remove it here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { libraryApi, type Resource } from '../../libraryApi';
import { AskFirst } from '../AskFirst';
import { useLoad } from '../page';
import { loadGuides, sectionTitle } from './guideSections';
import { ResourceForm } from './ResourceForm';

function gradeName(grade: number, kindergarten: string): string {
  return grade === 0 ? kindergarten : String(grade);
}

/** "Guide section: ..." of a resource tagged with one (the guides load once for the whole list). */
function SectionTag({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  const [guides] = useLoad(() => (resource.section_id ? loadGuides() : Promise.resolve([])), [resource.section_id]);
  const title = guides.state === 'ready' ? sectionTitle(guides.data, resource.guide_id, resource.section_id) : null;
  return title ? <p className="hint">{t('library.section', { section: title })}</p> : null;
}

function ResourceItem({ resource, changed }: { resource: Resource; changed: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const r = resource;
  if (editing) {
    return (
      <li className="library-resource">
        <ResourceForm
          resource={r}
          onDone={() => {
            setEditing(false);
            changed();
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  const k = t('library.kindergarten');
  return (
    <li className="library-resource">
      <h3 lang={r.language}>{r.kind === 'link' && r.url ? <a href={r.url} target="_blank" rel="noopener noreferrer">{r.title}</a> : r.title}</h3>
      <p className="hint">
        {t(`library.kinds.${r.kind}`)} · {r.organization.name} · {t(`library.sharedWith.${r.share.scope}`, { name: r.share.name })}
        {r.language === 'es' && ` · ${t('library.inSpanish')}`}
      </p>
      {r.description && <p lang={r.language}>{r.description}</p>}
      {r.kind === 'note' && r.body && <p className="note-body" lang={r.language}>
          {r.body}
        </p>}
      {r.kind === 'file' && r.file && (
        <p>
          <a href={r.file.href} download={r.file.name}>
            {t('library.download', { name: r.file.name })}
          </a>
        </p>
      )}
      {r.kind === 'file' && !r.file && <p className="hint">{t('library.noFileYet')}</p>}
      <p className="hint">
        {r.topics.map((topic) => t(`matching.topics.${topic}`)).join(', ')}
        {r.grade_from != null && r.grade_to != null && (
          <>
            {r.topics.length > 0 && ' · '}
            {t('library.gradeSpan', { from: gradeName(r.grade_from, k), to: gradeName(r.grade_to, k) })}
          </>
        )}
      </p>
      <SectionTag resource={r} />
      {r.may_edit && (
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)} aria-label={t('library.editNamed', { title: r.title })}>
            {t('library.edit')}
          </button>
          <AskFirst
            label={t('library.remove')}
            which={r.title}
            question={t('library.removeQuestion', { title: r.title })}
            yes={t('library.removeYes')}
            act={async () => {
              await libraryApi.remove(r.id);
              changed();
            }}
          />
        </div>
      )}
    </li>
  );
}

export function ResourceList({ resources, ranked, changed }: { resources: Resource[]; ranked: boolean; changed: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="library-results">
      <h2 id="library-results">
        {t('library.found', { count: resources.length })}
      </h2>
      {ranked && resources.length > 1 && <p className="hint">{t('library.bestFirst')}</p>}
      {resources.length === 0 ? <p>{t('library.none')}</p> : <ol className="library-results">{resources.map((r) => <ResourceItem key={r.id} resource={r} changed={changed} />)}</ol>}
    </section>
  );
}
