// The library's search form: a draft the person edits, sent as a whole with the Search button.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_TOPICS, SHARE_SCOPES, type LibrarySearch, type ShareScope } from '../../libraryApi';
import { SelectField, TextField } from '../forms';

export function LibrarySearchForm({ search, go }: { search: LibrarySearch; go: (next: LibrarySearch) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(search);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(draft);
  };
  return (
    <form role="search" aria-label={t('library.searchLabel')} onSubmit={submit} className="directory-search">
      <TextField label={t('library.query')} name="q" type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
      <SelectField
        label={t('library.topic')}
        name="topic"
        value={draft.topic}
        options={[{ value: '', label: t('library.anyTopic') }, ...LIBRARY_TOPICS.map((topic) => ({ value: topic, label: t(`matching.topics.${topic}`) }))]}
        onChange={(topic) => setDraft({ ...draft, topic })}
      />
      <TextField label={t('library.grades')} name="grades" hint={t('library.gradesHint')} value={draft.grades} onChange={(e) => setDraft({ ...draft, grades: e.target.value })} />
      <SelectField<ShareScope | ''>
        label={t('library.scope')}
        name="scope"
        value={draft.scope}
        options={[{ value: '', label: t('library.anyScope') }, ...SHARE_SCOPES.map((scope) => ({ value: scope, label: t(`library.scopes.${scope}`) }))]}
        onChange={(scope) => setDraft({ ...draft, scope })}
      />
      <button type="submit">{t('library.search')}</button>
    </form>
  );
}
