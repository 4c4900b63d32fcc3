import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { problemApi } from '../../problemApi';
import { InlineFailure, Loading, useLoad } from '../page';
import { DriverDiagram } from './DriverDiagram';
import { ProblemStatement } from './ProblemStatement';
import './problem.css';

/**
 * The team's problem of practice, its aim and its driver diagram (issue 12, item 1). Whoever may write the team's
 * plan (`may.contribute`) edits them here; every other reader of the team sees them read-only. The team's measures
 * are loaded for the writers only, to link a node to one of them.
 */
export function ProblemSection({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  const [load, reload] = useLoad(async () => {
    const view = await problemApi.get(teamId);
    const measures = view.may.contribute ? (await api.listTeamMeasures(teamId)).measures : [];
    return { view, measures: measures.map((m) => ({ id: m.id, name: m.name })) };
  }, [teamId]);
  return (
    <section className="problem-section" aria-labelledby="problem-title">
      <h2 id="problem-title">{t('problem.title')}</h2>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' && (
        <>
          <ProblemStatement teamId={teamId} problem={load.data.view.problem} editable={load.data.view.may.contribute} changed={reload} />
          <DriverDiagram
            teamId={teamId}
            aim={load.data.view.problem.aim}
            nodes={load.data.view.nodes}
            measures={load.data.measures}
            editable={load.data.view.may.contribute}
            changed={reload}
          />
        </>
      )}
    </section>
  );
}
