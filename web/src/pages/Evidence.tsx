import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Team } from '../api';
import { localToday } from '../agreements';
import { dataApi, type DataView } from '../dataApi';
import { evidenceApi, type EvidenceBoard } from '../evidenceApi';
import { EvidenceForm } from '../components/evidence/EvidenceForm';
import { Insights } from '../components/evidence/Insights';
import { ThemeBoard } from '../components/evidence/ThemeBoard';
import { ThemeForm } from '../components/evidence/ThemeForm';
import { Status } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import '../evidence.css';

/** The team's data views across its guides: what a data view entry may point at. */
async function teamDataViews(teamId: number): Promise<DataView[]> {
  const guides = (await api.listTeamGuides(teamId)).guides;
  const lists = await Promise.all(guides.map((g) => dataApi.dataViews(teamId, g.id).then((r) => r.data_views)));
  return lists.flat();
}

function EvidenceView({ teamId, initial, team, dataViews }: { teamId: number; initial: EvidenceBoard; team: Team | null; dataViews: DataView[] }) {
  const { t } = useTranslation();
  const [board, setBoard] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const boardHeading = useRef<HTMLHeadingElement>(null);
  const reload = async (message?: string) => {
    setBoard(await evidenceApi.board(teamId));
    if (message) setStatus(message);
  };
  const may = board.may.contribute;
  return (
    <>
      <h1>{t('evidence.title')}</h1>
      <p className="lead">
        <Link to={`/teams/${teamId}/improvement`}>{team ? t('measure.backTo', { team: team.name }) : t('measure.backToTeam')}</Link>
      </p>
      <p>{t('evidence.intro')}</p>
      <Status message={status} />
      <section aria-labelledby="theme-board">
        <h2 id="theme-board" ref={boardHeading} tabIndex={-1}>{t('evidence.board.title')}</h2>
        <p>{t(may ? 'evidence.board.howTo' : 'evidence.board.readOnly')}</p>
        {board.entries.length === 0 ? <p>{t('evidence.board.none')}</p> : (
          <ThemeBoard teamId={teamId} entries={board.entries} themes={board.themes} dataViews={dataViews} may={may}
            moved={() => reload()} announce={setStatus} />
        )}
        {may && <ThemeForm teamId={teamId} created={(theme) => void reload(t('evidence.themes.added', { name: theme.name }))} />}
      </section>
      <Insights teamId={teamId} insights={board.insights} entries={board.entries} may={may}
        created={() => void reload(t('evidence.insights.added'))} />
      {may && (
        <section className="evidence-form">
          <EvidenceForm teamId={teamId} dataViews={dataViews} today={localToday()} created={(entry) => {
            void reload(t('evidence.form.saved', { kind: t(`evidence.kind.${entry.kind}`) })).then(() => boardHeading.current?.focus());
          }} />
        </section>
      )}
    </>
  );
}

export default function Evidence() {
  const teamId = Number(useParams().id);
  const { t } = useTranslation();
  const [load] = useLoad(async () => {
    const board = await evidenceApi.board(teamId);
    const team = await api.getTeam(teamId).catch(() => null);
    const dataViews = board.may.contribute ? await teamDataViews(teamId).catch(() => []) : [];
    return { board, team, dataViews };
  }, [teamId]);
  usePageTitle(load.state === 'ready' ? t('evidence.title') : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  return <EvidenceView key={teamId} teamId={teamId} initial={load.data.board} team={load.data.team} dataViews={load.data.dataViews} />;
}
