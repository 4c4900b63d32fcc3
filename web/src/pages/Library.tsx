// The resource library (issue 12): links, files and notes districts share with a team, their organization or their
// network, found with full-text search (the better match first) and filtered by topic, grades and sharing. The
// search lives in the address, so a result list can be shared, reloaded and returned to with Back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LibrarySearchForm } from '../components/library/LibrarySearchForm';
import { ResourceForm } from '../components/library/ResourceForm';
import { ResourceList } from '../components/library/ResourceList';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import '../library.css';
import { libraryApi, libraryQuery, SHARE_SCOPES, type LibrarySearch, type ShareScope } from '../libraryApi';

function searchFrom(params: URLSearchParams): LibrarySearch {
  const scope = params.get('scope') ?? '';
  return {
    q: params.get('q') ?? '',
    topic: params.get('topic') ?? '',
    grades: params.get('grades') ?? '',
    scope: (SHARE_SCOPES as string[]).includes(scope) ? (scope as ShareScope) : '',
  };
}

export default function Library() {
  const { t } = useTranslation();
  usePageTitle(t('library.title'));
  const [params, setParams] = useSearchParams();
  const search = searchFrom(params);
  const [results, reload] = useLoad(() => libraryApi.search(search), [params.toString()]);
  const [adding, setAdding] = useState(false);

  const go = (next: LibrarySearch) => setParams(new URLSearchParams(libraryQuery(next)));

  return (
    <>
      <h1>{t('library.title')}</h1>
      <p>{t('library.intro')}</p>
      <LibrarySearchForm key={params.toString()} search={search} go={go} />
      {adding ? (
        <ResourceForm
          onDone={() => {
            setAdding(false);
            void reload();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <p>
          <button type="button" onClick={() => setAdding(true)}>
            {t('library.add')}
          </button>
        </p>
      )}
      {results.state === 'loading' && <Loading />}
      {results.state === 'failed' && <LoadFailed error={results.error} />}
      {results.state === 'ready' && <ResourceList resources={results.data.resources} ranked={search.q.trim() !== ''} changed={() => void reload()} />}
    </>
  );
}
