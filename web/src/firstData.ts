// The answers the server put into the page for its first GETs (src/firstData.json; the server's side is
// src/api/first_data.hpp): <script type="application/json" id="trellis-first-data">{"/teams/4": {...}, ...}</script>.
// `request` (api.ts) takes a GET's answer from here instead of asking the network, once: the page renders with its
// data on its first render. What is not taken soon is dropped, and so is everything once the app writes anything,
// so that an answer from here is never older than the page itself or than the reader's own last change.

// performance.now() counts from the page's navigation start.
const KEEP_MS = 30_000;

let answers: Map<string, unknown> | null = null;

function read(): Map<string, unknown> {
  if (answers !== null) return answers;
  answers = new Map();
  const block = document.getElementById('trellis-first-data');
  if (!block?.textContent) return answers;
  try {
    const parsed = JSON.parse(block.textContent) as unknown;
    if (parsed && typeof parsed === 'object') for (const [path, answer] of Object.entries(parsed)) answers.set(path, answer);
  } catch {
    // A broken block is as good as none: the page asks the API.
  }
  block.remove();
  return answers;
}

/** The answer the page came with for GET /api/v1`path`, once; undefined when there is none (ask the API). */
export function takeFirstData(path: string): { answer: unknown } | undefined {
  const found = read();
  if (performance.now() > KEEP_MS) found.clear();
  if (!found.has(path)) return undefined;
  const answer = found.get(path);
  found.delete(path);
  return { answer };
}

/** Drops every answer not yet taken: called before any write, whose effect they would not show. */
export function forgetFirstData(): void {
  read().clear();
}
