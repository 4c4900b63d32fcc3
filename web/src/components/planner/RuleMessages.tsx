import type { RuleCheck } from '../../meetings';

/** The meeting rules a plan breaks, or `keeps` when it breaks none; announced as the plan is typed. */
export function RuleMessages({ violations, breaks, keeps }: { violations: RuleCheck[]; breaks: string; keeps: string }) {
  return (
    <div aria-live="polite" aria-atomic="true" className="rule-messages">
      {violations.length ? (
        <>
          <p>
            <strong>{breaks}</strong>
          </p>
          <ul className="violations">
            {violations.map((v, i) => (
              <li key={i}>{v.message}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{keeps}</p>
      )}
    </div>
  );
}
