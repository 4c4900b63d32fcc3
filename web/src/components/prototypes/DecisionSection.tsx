import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { prototypesApi, type PrototypeDetail } from '../../prototypesApi';
import { DecisionForm } from './VersionForms';

/** The scale decision: the decision and its reasons once made (the team's managers may reopen it), or the form. */
export function DecisionSection({ teamId, prototype, writable, manages, changed }: {
  teamId: number; prototype: PrototypeDetail; writable: boolean; manages: boolean; changed: (status: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const prototypeId = prototype.id;
  return (
    <section aria-labelledby="decision">
      <h2 id="decision">{t('prototypes.decision.title')}</h2>
      {prototype.decision ? (
        <>
          <p>
            <strong>{t(`prototypes.status.${prototype.decision.status}`)}</strong>: {prototype.decision.reasons}
          </p>
          <p className="meta">
            {t('prototypes.decision.by', { name: prototype.decision.decided_by, time: formatDateTime(prototype.decision.decided_at ?? '') })}
          </p>
          {manages && (
            <button type="button" className="button" onClick={() => void prototypesApi.reopen(teamId, prototypeId).then(() => changed(t('prototypes.decision.reopened')))}>
              {t('prototypes.decision.reopen')}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{t('prototypes.decision.none')}</p>
          {writable && <DecisionForm teamId={teamId} prototypeId={prototypeId} version={prototype.version} decided={changed} />}
        </>
      )}
    </section>
  );
}
