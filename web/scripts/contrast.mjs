// Colour contrast of the charts, bars and status badges, checked by hand where axe cannot decide (axe does not
// look at SVG marks, CSS backgrounds of bars, gradients or one bar against the next). Every colour is read from the
// stylesheets (a rule's property, custom properties resolved) or from the component that sets it, so a changed
// colour is checked again. WCAG 2.1: 4.5:1 for text (1.4.3), 3:1 for graphics needed to understand a chart and for
// the parts of a control (1.4.11). Decorative marks (grid lines with labelled values) are listed but need nothing.
// Run: node web/scripts/contrast.mjs [--markdown]. Exits 1 when a pair fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const src = new URL('../src/', import.meta.url).pathname;
const read = (file) => readFileSync(join(src, file), 'utf8');

// The rules of each stylesheet: selector -> declarations (the first rule that declares a property wins, so a
// print or narrow-screen override later in the file does not hide the screen colour).
function rules(file) {
  const text = read(file).replace(/\/\*[\s\S]*?\*\//g, '');
  const out = [];
  for (const m of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = Object.fromEntries(
      m[2]
        .split(';')
        .map((d) => d.split(':'))
        .filter((d) => d.length >= 2)
        .map(([p, ...v]) => [p.trim(), v.join(':').trim()]),
    );
    for (const selector of m[1].split(',')) out.push({ selector: selector.trim().replace(/\s+/g, ' '), declarations });
  }
  return out;
}
const sheets = Object.fromEntries(['styles.css', 'data.css', 'agreements.css', 'plan.css'].map((f) => [f, rules(f)]));
const root = sheets['styles.css'].find((r) => r.selector === ':root').declarations;

function resolve(value) {
  const v = value.trim();
  const custom = /^var\((--[\w-]+)\)$/.exec(v);
  if (custom) {
    if (!(custom[1] in root)) throw new Error(`unknown custom property ${custom[1]}`);
    return resolve(root[custom[1]]);
  }
  if (v === '#fff') return '#ffffff';
  if (!/^#[0-9a-f]{6}$/i.test(v)) throw new Error(`not a colour: ${value}`);
  return v.toLowerCase();
}

// css('data.css', '.bar-ratio', 'fill'): the colour a rule gives; `part` picks the n-th colour in a gradient.
function css(file, selector, property, part) {
  const rule = sheets[file].find((r) => r.selector === selector && property in r.declarations);
  if (!rule) throw new Error(`${file}: no ${property} in ${selector}`);
  const value = rule.declarations[property];
  if (part === undefined) {
    const colour = /(#[0-9a-f]{3,6}\b|var\(--[\w-]+\))/i.exec(value);
    if (!colour) throw new Error(`${file} ${selector} ${property}: no colour in ${value}`);
    return resolve(colour[1]);
  }
  const colours = [...value.matchAll(/#[0-9a-f]{6}\b|var\(--[\w-]+\)/gi)].map((m) => resolve(m[0]));
  return [...new Set(colours)][part];
}
const v = (name) => resolve(`var(--${name})`);
const ratingColours = [...read('components/assessments/RatingsChart.tsx').matchAll(/color: '(#[0-9a-f]{6})'/gi)].map((m) => m[1]);
const ratingText = /fill="(#[0-9a-f]{3,6})">\{r\}/.exec(read('components/assessments/RatingsChart.tsx'))[1];
const ratingGrid = /stroke="(#[0-9a-f]{6})"/.exec(read('components/assessments/RatingsChart.tsx'))[1];
const hex3 = (c) => (c.length === 4 ? `#${[...c.slice(1)].map((x) => x + x).join('')}` : c);

const TEXT = 4.5;
const GRAPHIC = 3;
const NONE = 0;
// [page, element, foreground, background, needed, note]
const pairs = [
  ['measures', 'Run chart labels and axis numbers', css('styles.css', '.run-chart text', 'fill'), v('paper'), TEXT],
  ['measures', 'Run chart median label', css('styles.css', '.run-chart .run-chart-median-label', 'fill'), v('paper'), TEXT],
  ['measures', 'Run chart axes', css('styles.css', '.run-chart-axes line', 'stroke'), v('paper'), GRAPHIC],
  ['measures', 'Run chart grid lines', css('styles.css', '.run-chart-axes .run-chart-grid', 'stroke'), v('paper'), NONE, 'decorative: the axis numbers give the values'],
  ['measures', 'Run chart line', css('styles.css', '.run-chart-line', 'stroke'), v('paper'), GRAPHIC],
  ['measures', 'Run chart point', css('styles.css', '.run-chart-point', 'fill'), v('paper'), GRAPHIC],
  ['measures', 'Run chart point in a signal (a diamond)', css('styles.css', '.run-chart-signal', 'fill'), v('paper'), GRAPHIC],
  ['measures', 'Run chart astronomical point ring', css('styles.css', '.run-chart-astronomical', 'stroke'), v('paper'), GRAPHIC],
  ['measures', 'Run chart median line', css('styles.css', '.run-chart-median', 'stroke'), v('paper'), GRAPHIC],
  ['measures', 'Run chart annotation line', css('styles.css', 'line.run-chart-note', 'stroke'), v('paper'), GRAPHIC],
  ['guide', 'Guide progress bar outline', css('styles.css', '.progress-bar', 'border'), v('paper'), GRAPHIC],
  ['guide', 'Guide progress: complete part', css('styles.css', '.progress-complete', 'background'), v('paper'), GRAPHIC],
  ['guide', 'Guide progress: in-progress part, dark stripe', css('styles.css', '.progress-in-progress', 'background', 0), v('paper'), GRAPHIC],
  ['guide', 'Guide progress: in-progress part, light stripe', css('styles.css', '.progress-in-progress', 'background', 1), v('paper'), GRAPHIC],
  ['guide', 'Guide progress: complete part against the in-progress light stripe', css('styles.css', '.progress-complete', 'background'), css('styles.css', '.progress-in-progress', 'background', 1), NONE, 'they do not touch: a white line parts them'],
  ['guide', 'Guide progress: complete part against the white line before the in-progress part', css('styles.css', '.progress-complete', 'background'), css('styles.css', '.progress-in-progress', 'box-shadow'), GRAPHIC],
  ['guide', 'Status badge "complete" text', css('styles.css', '.badge-status-complete', 'color'), css('styles.css', '.badge-status-complete', 'background'), TEXT],
  ['guide', 'Status badge "in progress" text', css('styles.css', '.badge-status-in-progress', 'color'), css('styles.css', '.badge-status-in-progress', 'background'), TEXT],
  ['guide', 'Status badge "not started" text', css('styles.css', '.badge-status-not-started', 'color'), css('styles.css', '.badge-status-not-started', 'background'), TEXT],
  ['team', 'Badge "missing" / "overdue" text', css('styles.css', '.badge-missing', 'color'), css('styles.css', '.badge-missing', 'background'), TEXT],
  ['team', 'Badge "covered" / "done" text', css('styles.css', '.badge-covered', 'color'), css('styles.css', '.badge-covered', 'background'), TEXT],
  ['team', 'Badge "planned" / "open" text', css('styles.css', '.badge-planned', 'color'), css('styles.css', '.badge-planned', 'background'), TEXT],
  ['agreements', 'Coaching hours bar outline', css('agreements.css', '.hours-bar', 'border'), v('paper'), GRAPHIC],
  ['agreements', 'Coaching hours bar fill', css('agreements.css', '.hours-bar-fill', 'background'), v('paper'), GRAPHIC],
  ['agreements', 'Hours over the agreement: stripe 1', css('agreements.css', '.hours-bar-over .hours-bar-fill', 'background', 0), v('paper'), GRAPHIC],
  ['agreements', 'Hours over the agreement: stripe 2', css('agreements.css', '.hours-bar-over .hours-bar-fill', 'background', 1), v('paper'), GRAPHIC],
  ['agreements', 'Month chart label', css('agreements.css', '.month-label', 'color'), v('paper'), TEXT],
  ['agreements', 'Month chart baseline', css('agreements.css', '.month-bar', 'border-bottom'), v('paper'), GRAPHIC],
  ...['site_visit', 'virtual_coaching', 'professional_learning', 'network_meeting'].map((kind) => [
    'agreements',
    `Month chart segment: ${kind.replace(/_/g, ' ')}`,
    css('agreements.css', `.kind-${kind}`, 'background'),
    v('paper'),
    GRAPHIC,
    'stacked segments are parted by a white line, so each meets white, not its neighbour',
  ]),
  ['agreements', 'Month chart gap between segments', css('agreements.css', '.month-bar span + span', 'border-bottom'), v('paper'), NONE, 'the white line itself'],
  ['data', 'Chart labels', css('data.css', '.chart-label', 'fill'), v('paper'), TEXT],
  ['data', 'Chart axis', css('data.css', '.chart-axis', 'stroke'), v('paper'), GRAPHIC],
  ['data', 'Share chart: population bar', css('data.css', '.bar-population', 'fill'), v('paper'), GRAPHIC],
  ['data', 'Share chart: numerator bar', css('data.css', '.bar-numerator', 'fill'), v('paper'), GRAPHIC],
  ['data', 'Ratio chart: bar', css('data.css', '.bar-ratio', 'fill'), v('paper'), GRAPHIC],
  ['data', 'Ratio chart: flagged bar', css('data.css', '.bar-ratio.is-flagged', 'fill'), v('paper'), GRAPHIC],
  ['data', 'Ratio chart: too-few-students bar outline', css('data.css', '.bar-ratio.is-small', 'stroke'), v('paper'), GRAPHIC],
  ['data', 'Ratio chart: parity line (1.0)', css('data.css', '.chart-parity', 'stroke'), v('paper'), GRAPHIC],
  ['data', 'Ratio chart: threshold line', css('data.css', '.chart-threshold', 'stroke'), v('paper'), GRAPHIC],
  ['data', 'Flag "above/below" text', css('data.css', '.flag-under', 'color'), v('paper'), TEXT],
  ['data', 'Trend sparkline', css('data.css', '.trend-line', 'stroke'), v('paper'), GRAPHIC],
  ['data', 'Upload progress bar fill (accent colour)', css('data.css', '.upload-progress progress', 'accent-color'), v('paper'), GRAPHIC, 'the empty track is drawn by the browser'],
  ['network dashboard', 'Bar', css('styles.css', '.bar-row .bar', 'background'), v('paper'), GRAPHIC],
  ['plan timeline', 'Lane and month labels on the shaded lane', css('plan.css', '.tl-lane-label', 'fill'), css('plan.css', '.tl-lane-odd', 'fill'), TEXT],
  ['plan timeline', 'Overdue mark "!" on the shaded lane', css('plan.css', '.tl-overdue-mark', 'fill'), css('plan.css', '.tl-lane-odd', 'fill'), TEXT],
  ['plan timeline', 'Task on the shaded lane', css('plan.css', '.tl-task', 'fill'), css('plan.css', '.tl-lane-odd', 'fill'), GRAPHIC],
  ['plan timeline', 'Milestone on the shaded lane', css('plan.css', '.tl-milestone', 'fill'), css('plan.css', '.tl-lane-odd', 'fill'), GRAPHIC],
  ['plan timeline', 'Done item on the shaded lane', css('plan.css', '.tl-done .tl-task', 'fill'), css('plan.css', '.tl-lane-odd', 'fill'), GRAPHIC],
  ['plan timeline', 'Overdue item ring on the shaded lane', css('plan.css', '.tl-overdue .tl-task', 'stroke'), css('plan.css', '.tl-lane-odd', 'fill'), GRAPHIC],
  ['plan timeline', 'Today line on the shaded lane', css('plan.css', '.tl-today', 'stroke'), css('plan.css', '.tl-lane-odd', 'fill'), GRAPHIC],
  ['plan timeline', 'Dependency arrow on the shaded lane', css('plan.css', '.tl-dependency', 'stroke'), css('plan.css', '.tl-lane-odd', 'fill'), GRAPHIC],
  ['plan timeline', 'Month grid line on the shaded lane', css('plan.css', '.tl-grid', 'stroke'), css('plan.css', '.tl-lane-odd', 'fill'), NONE, 'decorative: each month is labelled'],
  ['assessments', 'Ratings chart axis numbers and terms', hex3(ratingText), v('paper'), TEXT],
  ['assessments', 'Ratings chart grid lines', ratingGrid, v('paper'), NONE, 'decorative: the axis numbers and the table give the values'],
  ...ratingColours.map((colour, i) => ['assessments', `Ratings chart line ${i + 1}`, colour, v('paper'), GRAPHIC, 'each line also has its own dash pattern']),
];

// WCAG 2.1 relative luminance and contrast ratio.
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function ratio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const markdown = process.argv.includes('--markdown');
const failed = [];
if (markdown) {
  console.log('| Page | Element | Colour | Against | Ratio | Needed |');
  console.log('| --- | --- | --- | --- | --- | --- |');
}
for (const [page, element, fg, bg, needed, note] of pairs) {
  const r = ratio(fg, bg);
  // Rounded down, so 2.996 is not shown as a passing 3.00.
  const shown = (Math.floor(r * 100) / 100).toFixed(2);
  const ok = r >= needed;
  if (!ok) failed.push(element);
  const need = needed === NONE ? 'none' : `${needed}:1`;
  if (markdown) console.log(`| ${page} | ${element}${note ? ` (${note})` : ''} | \`${fg}\` | \`${bg}\` | ${shown}:1 | ${need} |`);
  else console.log(`${ok ? 'ok  ' : 'FAIL'} ${shown.padStart(6)}:1 (needs ${need.padEnd(5)}) ${fg} on ${bg}  ${page}: ${element}`);
}
if (failed.length) {
  console.error(`\n${failed.length} colour pair(s) below the WCAG 2.1 AA ratio: ${failed.join('; ')}`);
  process.exit(1);
}
