// When a component's effects run. The app is written for React and rendered by Preact (vite.config.ts). React runs
// the effects of a synchronous render (flushSync, as the first render and useLoad's in-memory answers are) before
// the browser paints; Preact waits for the next animation frame and one more task. A page whose parts load their
// data in effects (useLoad) would then paint "Loading" once per level of parts, each a frame apart, although every
// answer is already in memory (src/firstData.ts): the team page took two extra frames (about 150 ms cold).
// Running the effects in a microtask right after the render restores React's order: render, effects, the renders
// they cause, then one paint.
import { options } from 'preact';

export function runEffectsBeforePaint(): void {
  options.requestAnimationFrame = (flushEffects: () => void) => queueMicrotask(flushEffects);
}
