// The directory's search form: a draft the person edits, sent as a whole with the Search button.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_KINDS, type DirectoryKind, type DirectorySearch, type DirectoryStatus } from '../../directoryApi';
import { SelectField, TextField } from '../forms';

export function DirectorySearchForm({ search, counties, go }: { search: DirectorySearch; counties: string[]; go: (next: DirectorySearch) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(search);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ ...draft, page: 1 });
  };
  const countyOptions = [{ value: '', label: t('directory.anyCounty') }, ...counties.map((c) => ({ value: c, label: c }))];
  return (
    <form role="search" aria-label={t('directory.searchLabel')} onSubmit={submit} className="directory-search">
      <TextField label={t('directory.query')} name="q" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
      <SelectField label={t('directory.county')} name="county" value={draft.county} options={countyOptions} onChange={(county) => setDraft({ ...draft, county })} />
      <SelectField<DirectoryKind | ''>
        label={t('directory.kind')}
        name="kind"
        value={draft.kind}
        options={[{ value: '', label: t('directory.anyKind') }, ...DIRECTORY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
        onChange={(kind) => setDraft({ ...draft, kind })}
      />
      <SelectField<DirectoryStatus | ''>
        label={t('directory.status')}
        name="status"
        value={draft.status}
        options={[
          { value: '', label: t('directory.anyStatus') },
          { value: 'open', label: t('directory.open') },
          { value: 'closed', label: t('directory.closed') },
        ]}
        onChange={(status) => setDraft({ ...draft, status })}
      />
      <button type="submit">{t('directory.search')}</button>
    </form>
  );
}
