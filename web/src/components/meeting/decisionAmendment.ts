// A decision corrected after the meeting closed: the closed record stays as it was, and the correction goes into
// the minutes' amendment trail as one sentence naming the decision as recorded and as it now reads.

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The amendment's text, or null when the new wording is empty or the same as the recorded one. */
export function decisionAmendment(t: Translate, recorded: string, corrected: string): string | null {
  const after = corrected.trim();
  if (!after || after === recorded.trim()) return null;
  return t('decisionEdit.amendment', { before: recorded.trim(), after });
}
