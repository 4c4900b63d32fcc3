import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { allowedParentKinds, DRIVER_KINDS, problemApi, type DriverKind, type DriverNode } from '../../problemApi';
import { FormAlert, SelectField, SubmitButton, TextField, useForm } from '../forms';

export interface MeasureChoice {
  id: number;
  name: string;
}

/**
 * Adds a node (no `node`) or edits one: its text, its measure and where it sits. Only the places the diagram's
 * rules allow are offered (a secondary driver under a primary, a change idea under either), and the server checks
 * them again. `done` gets the sentence to announce, or null when the writer cancelled.
 */
export function DriverNodeForm({ teamId, nodes, measures, node, done }: {
  teamId: number;
  nodes: DriverNode[];
  measures: MeasureChoice[];
  node?: DriverNode;
  done: (message: string | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  const labels = { kind: t('problem.kind'), parent_id: t('problem.parent'), text: t('problem.text'), measure_id: t('problem.measure') };
  const form = useForm({ labels });
  const [kind, setKind] = useState<DriverKind>(node?.kind ?? 'primary');
  const [parent, setParent] = useState(node?.parent_id ? String(node.parent_id) : '');
  const [text, setText] = useState(node?.text ?? '');
  const [measure, setMeasure] = useState(node?.measure ? String(node.measure.id) : '');
  const parentKinds = allowedParentKinds(kind);
  const parents = nodes.filter((n) => n.id !== node?.id && parentKinds.includes(n.kind));
  const needsParent = !parentKinds.includes(null);
  const chosenParent = needsParent && parents.some((p) => String(p.id) === parent) ? parent : needsParent ? String(parents[0]?.id ?? '') : '';

  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.driverNode, { text });
    const parentId = chosenParent ? Number(chosenParent) : null;
    const measureId = measure ? Number(measure) : null;
    if (node) {
      await problemApi.changeNode(teamId, node.id, {
        version: node.version,
        text,
        measure_id: measureId,
        ...(parentId !== node.parent_id ? { parent_id: parentId } : {}),
      });
      await done(t('problem.nodeSaved', { text }));
    } else {
      await problemApi.addNode(teamId, { kind, text, parent_id: parentId, measure_id: measureId });
      setText('');
      setMeasure('');
      await done(t('problem.nodeAdded', { text }));
    }
  });
  const nodeLabel = (n: DriverNode) => `${t(`problem.kinds.${n.kind}`)}: ${n.text}`;
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="driver-form"
      aria-label={node ? t('problem.editNode', { text: node.text }) : t('problem.addNode')}>
      {!node && <h4>{t('problem.addNode')}</h4>}
      <FormAlert message={form.errors.form} />
      {!node && (
        <SelectField label={labels.kind} name="kind" value={kind} error={form.errors.fields.kind} onChange={setKind}
          options={DRIVER_KINDS.map((k) => ({ value: k, label: t(`problem.kinds.${k}`) }))} />
      )}
      {needsParent && (parents.length === 0 ? (
        <p className="hint">{t(kind === 'secondary' ? 'problem.needPrimary' : 'problem.needDriver')}</p>
      ) : (
        <SelectField label={labels.parent_id} name="parent_id" value={chosenParent} error={form.errors.fields.parent_id} onChange={setParent}
          options={parents.map((p) => ({ value: String(p.id), label: nodeLabel(p) }))} />
      ))}
      <TextField label={labels.text} name="text" value={text} error={form.errors.fields.text} onChange={(e) => setText(e.target.value)} />
      <SelectField label={labels.measure_id} name="measure_id" value={measure} error={form.errors.fields.measure_id} onChange={setMeasure}
        options={[{ value: '', label: t('problem.noMeasure') }, ...measures.map((m) => ({ value: String(m.id), label: m.name }))]} />
      <SubmitButton busy={form.busy}>{t(node ? 'problem.saveNode' : 'problem.add')}</SubmitButton>
      {node && (
        <>
          {' '}
          <button type="button" className="button" onClick={() => void done(null)}>{t('problem.cancel')}</button>
        </>
      )}
    </form>
  );
}
