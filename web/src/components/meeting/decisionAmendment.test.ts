import { describe, expect, it } from 'vitest';
import { decisionAmendment } from './decisionAmendment';

const t = (key: string, options?: Record<string, unknown>) => `${key}: ${String(options?.before)} -> ${String(options?.after)}`;

describe('decisionAmendment', () => {
  it('names the decision as recorded and as it now reads, trimmed', () => {
    expect(decisionAmendment(t, 'Adopt the screener ', '  Adopt the screener in fall ')).toBe(
      'decisionEdit.amendment: Adopt the screener -> Adopt the screener in fall',
    );
  });

  it('makes no amendment when nothing changed or the new wording is empty', () => {
    expect(decisionAmendment(t, 'Adopt', ' Adopt ')).toBeNull();
    expect(decisionAmendment(t, 'Adopt', '   ')).toBeNull();
  });
});
