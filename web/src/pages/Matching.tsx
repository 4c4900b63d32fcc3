// Peer matching for a team (issue 14): the team's need (topics and free text), weights and filters, and the
// organizations ranked by expertise and similar context, each with a "why" table (factor, ours, theirs, counted)
// whose counted points add up to the score. A facilitator of the district's network invites a match from here,
// through the network's ordinary invitation (the organization's admins are asked to accept).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api';
import { formatNumber } from '../format';
import { matchingApi, TOPICS, WEIGHTS, type MatchFactor, type MatchResult, type MatchSearch, type TeamMatches } from '../matchingApi';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';

const SHARES = new Set(['low_income', 'english_learners', 'foster', 'homeless']);
// The distance bands offered, in km from the team's district office.
const DISTANCES = [25, 50, 100, 250, 500];

function FactorValue({ factor, value }: { factor: string; value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <>{t('matching.unknown')}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <>{t('matching.none')}</>;
    const label = (v: string) => (factor === 'grade_span' ? t(`matching.spans.${v}`, { defaultValue: v }) : t(`matching.topics.${v}`));
    return <>{value.map((v) => label(String(v))).join(', ')}</>;
  }
  if (typeof value === 'number') {
    if (SHARES.has(factor) || factor === 'outcomes') return <>{`${formatNumber(Math.round(value * 1000) / 10)}%`}</>;
    return <>{formatNumber(Math.round(value * 10) / 10)}</>;
  }
  return <>{String(value)}</>;
}

function WhyTable({ result }: { result: MatchResult }) {
  const { t } = useTranslation();
  const name = result.organization?.name ?? '';
  return (
    <TableRegion caption={t('matching.why', { name })}>
      <thead>
        <tr>
          <th scope="col">{t('matching.factor')}</th>
          <th scope="col">{t('matching.ours')}</th>
          <th scope="col">{t('matching.theirs')}</th>
          <th scope="col">{t('matching.counted')}</th>
        </tr>
      </thead>
      <tbody>
        {(result.factors ?? []).map((f: MatchFactor) => (
          <tr key={f.factor}>
            <th scope="row">{t(`matching.factors.${f.factor}`)}</th>
            <td>
              <FactorValue factor={f.factor ?? ''} value={f.ours} />
            </td>
            <td>
              <FactorValue factor={f.factor ?? ''} value={f.theirs} />
            </td>
            <td>{t('matching.points', { points: formatNumber(Math.round((f.contribution ?? 0) * 10) / 10), weight: formatNumber(f.weight ?? 0) })}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

function InviteButtons({ result, networks }: { result: MatchResult; networks: NonNullable<TeamMatches['invite_into']> }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const organizationId = result.organization?.id ?? 0;
  const invite = async (networkId: number, networkName: string) => {
    try {
      const answer = await matchingApi.invite(networkId, organizationId);
      setMessage(answer.status === 'pending' ? t('matching.invited', { network: networkName }) : t('matching.alreadyMember', { network: networkName }));
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <div>
      {networks.map((n) => (
        <button key={n.id} type="button" onClick={() => void invite(n.id ?? 0, n.name ?? '')}>
          {t('matching.invite', { name: result.organization?.name ?? '', network: n.name ?? '' })}
        </button>
      ))}
      <p role="status">{message}</p>
    </div>
  );
}

function Results({ data }: { data: TeamMatches }) {
  const { t } = useTranslation();
  const results = data.results ?? [];
  return (
    <section aria-labelledby="matching-results">
      <h2 id="matching-results">{t('matching.results', { count: results.length })}</h2>
      <p>{t('matching.considered', { count: data.considered ?? 0 })}</p>
      <ol className="matching-results">
        {results.map((r) => (
          <li key={r.organization?.id}>
            <h3>
              {r.organization?.name} ({t(`matching.kinds.${r.organization?.kind ?? 'district'}`, { defaultValue: r.organization?.kind })}
              {r.organization?.county ? `, ${r.organization.county}` : ''})
            </h3>
            <p>
              {t('matching.score', { score: formatNumber(Math.round((r.score ?? 0) * 10) / 10) })}
              {r.distance_km !== null && r.distance_km !== undefined && <> · {t('matching.away', { km: formatNumber(Math.round(r.distance_km)) })}</>}
            </p>
            <WhyTable result={r} />
            {(data.invite_into ?? []).length > 0 && <InviteButtons result={r} networks={data.invite_into ?? []} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The distance band, offered only when the state's directory places the team's district (else it says why not). */
function DistanceBand({ located, value, onChange }: { located: boolean; value: string; onChange: (km: string) => void }) {
  const { t } = useTranslation();
  if (!located) return <p>{t('matching.notLocated')}</p>;
  return (
    <label>
      {t('matching.distance')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('matching.anyDistance')}</option>
        {DISTANCES.map((km) => (
          <option key={km} value={String(km)}>
            {t('matching.withinKm', { km: formatNumber(km) })}
          </option>
        ))}
      </select>
    </label>
  );
}

function SearchForm({ initial, teamId, onSearch }: { initial: TeamMatches; teamId: number; onSearch: (s: MatchSearch) => void }) {
  const { t } = useTranslation();
  const [topics, setTopics] = useState<string[]>(initial.need?.topics ?? []);
  const [q, setQ] = useState(initial.need?.text ?? '');
  const [county, setCounty] = useState('');
  const [kind, setKind] = useState('');
  const [band, setBand] = useState('');
  const [withinKm, setWithinKm] = useState('');
  const [weights, setWeights] = useState<Record<string, string>>(Object.fromEntries((initial.weights ?? []).map((w) => [w.name ?? '', String(w.value ?? '')])));
  const [saved, setSaved] = useState('');
  const search = (): MatchSearch => ({ topics, q, county, kind, band, withinKm: initial.ours?.located === true ? withinKm : '', weights });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(search());
  };
  const saveNeed = async () => {
    try {
      await matchingApi.saveNeed(teamId, { topics, description: q });
      setSaved(t('matching.needSaved'));
    } catch (error) {
      setSaved(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <form onSubmit={submit} className="matching-form">
      <fieldset>
        <legend>{t('matching.need')}</legend>
        {TOPICS.map((topic) => (
          <label key={topic} className="checkbox">
            <input
              type="checkbox"
              checked={topics.includes(topic)}
              onChange={(e) => setTopics(e.target.checked ? [...topics, topic] : topics.filter((x) => x !== topic))}
            />{' '}
            {t(`matching.topics.${topic}`)}
          </label>
        ))}
        <label>
          {t('matching.text')}
          <textarea value={q} maxLength={500} onChange={(e) => setQ(e.target.value)} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('matching.filters')}</legend>
        <label>
          {t('matching.county')}
          <input value={county} onChange={(e) => setCounty(e.target.value)} />
        </label>
        <label>
          {t('matching.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('matching.anyKind')}</option>
            <option value="district">{t('matching.kinds.district')}</option>
            <option value="school">{t('matching.kinds.school')}</option>
            <option value="county_office">{t('matching.kinds.county_office')}</option>
          </select>
        </label>
        <label>
          {t('matching.band')}
          <input type="number" min={0} max={1} step={0.05} value={band} onChange={(e) => setBand(e.target.value)} />
        </label>
        <DistanceBand located={initial.ours?.located === true} value={withinKm} onChange={setWithinKm} />
      </fieldset>
      <fieldset>
        <legend>{t('matching.weights')}</legend>
        {WEIGHTS.map((name) => (
          <label key={name}>
            {t(`matching.factors.${name}`)}
            <input type="number" min={0} max={100} step={1} value={weights[name] ?? ''} onChange={(e) => setWeights({ ...weights, [name]: e.target.value })} />
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('matching.search')}</button>{' '}
      <button type="button" onClick={() => void saveNeed()}>
        {t('matching.saveNeed')}
      </button>
      <p role="status">{saved}</p>
    </form>
  );
}

export default function Matching() {
  const { t } = useTranslation();
  usePageTitle(t('matching.title'));
  const teamId = Number(useParams().id);
  const [search, setSearch] = useState<MatchSearch | undefined>(undefined);
  const [initial] = useLoad(() => matchingApi.matches(teamId), [teamId]);
  const [found] = useLoad(() => (search ? matchingApi.matches(teamId, search) : Promise.resolve(null)), [teamId, JSON.stringify(search)]);
  if (initial.state === 'loading') return <Loading />;
  if (initial.state === 'failed') return <LoadFailed error={initial.error} />;
  return (
    <>
      <h1>{t('matching.title')}</h1>
      <p>{t('matching.intro')}</p>
      <SearchForm initial={initial.data} teamId={teamId} onSearch={setSearch} />
      {found.state === 'loading' && <Loading />}
      {found.state === 'failed' && <LoadFailed error={found.error} />}
      {found.state === 'ready' && <Results data={found.data ?? initial.data} />}
    </>
  );
}
