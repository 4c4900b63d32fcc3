// The statewide directory (issue 14): every county office, district and school the state lists, searched by name
// or CDS code and filtered by county, kind and status. The search lives in the address, so a result list can be
// shared, reloaded and returned to with Back.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DIRECTORY_KINDS, directoryApi, type DirectoryKind, type DirectorySearch } from '../directoryApi';
import { DirectoryResults } from '../components/directory/DirectoryResults';
import { DirectorySearchForm } from '../components/directory/DirectorySearchForm';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';

function searchFrom(params: URLSearchParams): DirectorySearch {
  const kind = params.get('kind') ?? '';
  const status = params.get('status') ?? '';
  return {
    q: params.get('q') ?? '',
    county: params.get('county') ?? '',
    kind: (DIRECTORY_KINDS as string[]).includes(kind) ? (kind as DirectoryKind) : '',
    status: status === 'open' || status === 'closed' ? status : '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

export default function Directory() {
  const { t } = useTranslation();
  usePageTitle(t('directory.title'));
  const [params, setParams] = useSearchParams();
  const search = searchFrom(params);
  const [counties] = useLoad(() => directoryApi.counties(), []);
  const [results] = useLoad(() => directoryApi.search(search), [params.toString()]);

  const go = (next: DirectorySearch) => {
    const query = new URLSearchParams();
    if (next.q.trim()) query.set('q', next.q.trim());
    if (next.county) query.set('county', next.county);
    if (next.kind) query.set('kind', next.kind);
    if (next.status) query.set('status', next.status);
    if (next.page > 1) query.set('page', String(next.page));
    setParams(query);
  };

  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p>{t('directory.intro')}</p>
      <DirectorySearchForm key={params.toString()} search={search} counties={counties.state === 'ready' ? counties.data.counties : []} go={go} />
      {results.state === 'loading' && <Loading />}
      {results.state === 'failed' && <LoadFailed error={results.error} />}
      {results.state === 'ready' && <DirectoryResults data={results.data} search={search} go={go} />}
    </>
  );
}
