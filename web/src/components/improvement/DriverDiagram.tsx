import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { childrenOf, problemApi, type Aim, type DriverNode } from '../../problemApi';
import { FormAlert, Status, useProblemText } from '../forms';
import { DriverNodeForm, type MeasureChoice } from './DriverNodeForm';

interface Props {
  teamId: number;
  aim: Aim;
  nodes: DriverNode[];
  measures: MeasureChoice[];
  editable: boolean;
  changed: () => Promise<void>;
}

/**
 * The driver diagram as one nested outline that is also the drawing: the aim at the root, primary drivers (h4),
 * secondary drivers (h5) and change ideas in nested lists whose CSS draws the tree's lines (problem.css), so a
 * screen reader and a 320 px screen read the same structure. Writers get each node's controls beside it.
 */
export function DriverDiagram({ teamId, aim, nodes, measures, editable, changed }: Props) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null); // removing asks twice: a slip loses no words
  const heading = useRef<HTMLHeadingElement>(null);
  const primaries = childrenOf(nodes, null);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setStatus(null);
    setFailure(null);
    try {
      await work();
      await changed();
      setStatus(done);
    } catch (error) {
      setFailure(problemText(error));
    }
  };
  const move = (node: DriverNode, direction: 'up' | 'down') =>
    act(() => problemApi.changeNode(teamId, node.id, { version: node.version, move: direction }), t('problem.moved', { text: node.text }));
  const remove = (node: DriverNode) => {
    const under = childrenOf(nodes, node.id).length;
    if (under > 0) {
      setStatus(null);
      setFailure(t('problem.removeHasChildren', { count: under }));
      return;
    }
    if (confirming !== node.id) {
      setConfirming(node.id);
      return;
    }
    setConfirming(null);
    void act(() => problemApi.removeNode(teamId, node.id), t('problem.removed', { text: node.text })).then(() => heading.current?.focus());
  };

  const controls: NodeControls = {
    teamId, nodes, measures, editable, editing, confirming,
    startEditing: (node) => { setConfirming(null); setEditing(node.id); },
    finishEditing: async (message) => {
      setEditing(null);
      if (message) {
        await changed();
        setStatus(message);
      }
    },
    move: (node, direction) => void move(node, direction),
    remove,
  };
  const aimText = [aim.what, aim.for_whom, aim.how_much].filter(Boolean).join(' · ');
  return (
    <div className="driver-diagram">
      <h3 id="driver-diagram-title" tabIndex={-1} ref={heading}>{t('problem.diagram')}</h3>
      <Status message={status} />
      <FormAlert message={failure} />
      <div className="driver-tree">
        <div className="driver-aim">
          <span className="driver-kind">{t('problem.aim')}</span>
          <p>{aimText || t('problem.noAim')}</p>
        </div>
        {primaries.length === 0 ? (
          <p>{t('problem.noDrivers')}</p>
        ) : (
          <ul className="driver-children driver-root" aria-labelledby="driver-diagram-title">
            {primaries.map((p, i) => <DriverNodeItem key={p.id} node={p} first={i === 0} last={i === primaries.length - 1} controls={controls} />)}
          </ul>
        )}
      </div>
      {editable && (
        <DriverNodeForm teamId={teamId} nodes={nodes} measures={measures}
          done={async (message) => {
            if (message) {
              await changed();
              setStatus(message);
            }
          }} />
      )}
    </div>
  );
}

interface NodeControls {
  teamId: number;
  nodes: DriverNode[];
  measures: MeasureChoice[];
  editable: boolean;
  editing: number | null;
  confirming: number | null;
  startEditing: (node: DriverNode) => void;
  finishEditing: (message: string | null) => Promise<void>;
  move: (node: DriverNode, direction: 'up' | 'down') => void;
  remove: (node: DriverNode) => void;
}

/** One node of the outline: its kind, its text as a heading (drivers) or a paragraph (change ideas), its measure
 * as a link, the writer's controls, and the nodes under it. */
function DriverNodeItem({ node, first, last, controls }: { node: DriverNode; first: boolean; last: boolean; controls: NodeControls }) {
  const { t } = useTranslation();
  const children = childrenOf(controls.nodes, node.id);
  const Heading = node.kind === 'primary' ? 'h4' : node.kind === 'secondary' ? 'h5' : 'p';
  const editing = controls.editing === node.id;
  return (
    <li className={`driver-node driver-${node.kind}`}>
      <div className="driver-box">
        <span className="driver-kind">{t(`problem.kinds.${node.kind}`)}</span>
        <Heading className="driver-text">{node.text}</Heading>
        {node.measure && (
          <p className="driver-measure">
            {t('problem.measure')}: <Link to={`/measures/${node.measure.id}`}>{node.measure.name}</Link>
          </p>
        )}
        {controls.editable && !editing && (
          <div className="driver-actions">
            <button type="button" className="button button-small" onClick={() => controls.startEditing(node)}
              aria-label={t('problem.editNode', { text: node.text })}>{t('problem.editShort')}</button>
            <button type="button" className="button button-small" disabled={first} onClick={() => controls.move(node, 'up')}
              aria-label={t('problem.moveUp', { text: node.text })}>↑</button>
            <button type="button" className="button button-small" disabled={last} onClick={() => controls.move(node, 'down')}
              aria-label={t('problem.moveDown', { text: node.text })}>↓</button>
            <button type="button" className="button button-small" onClick={() => controls.remove(node)}
              aria-label={controls.confirming === node.id ? undefined : t('problem.removeNode', { text: node.text })}>
              {t(controls.confirming === node.id ? 'problem.confirmRemove' : 'problem.remove', { text: node.text })}
            </button>
          </div>
        )}
        {controls.editable && editing && (
          <DriverNodeForm teamId={controls.teamId} nodes={controls.nodes} measures={controls.measures} node={node} done={controls.finishEditing} />
        )}
      </div>
      {children.length > 0 && (
        <ul className="driver-children">
          {children.map((c, i) => <DriverNodeItem key={c.id} node={c} first={i === 0} last={i === children.length - 1} controls={controls} />)}
        </ul>
      )}
    </li>
  );
}
