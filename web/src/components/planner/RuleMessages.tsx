import type { RuleCheck } from '../../meetings';

/** The meeting rules a plan breaks, or `keeps` when it breaks none; announced as the plan is typed. `waiting`:
 * nothing is entered yet, so the region stays in the page (to announce the first result) but says nothing. */
export function RuleMessages({ violations, breaks, keeps, waiting = false }: { violations: RuleCheck[]; breaks: string; keeps: string; waiting?: boolean }) {
  return (
    <div aria-live="polite" aria-atomic="true" className="rule-messages">
      {waiting ? null : violations.length ? (
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
