// Checks that English and Spanish have the same keys and that every literal t('key') in src/ exists.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../src/', import.meta.url).pathname;
const load = (lang) => JSON.parse(readFileSync(join(dir, 'locales', `${lang}.json`), 'utf8'));
const flatten = (object, prefix = '') =>
  Object.entries(object).flatMap(([key, value]) =>
    typeof value === 'object' ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
const base = (key) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const en = new Set(flatten(load('en')).map(base));
const es = new Set(flatten(load('es')).map(base));
const problems = [];
for (const key of en) if (!es.has(key)) problems.push(`es lacks ${key}`);
for (const key of es) if (!en.has(key)) problems.push(`en lacks ${key}`);

const files = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(d, e.name)) : /\.tsx?$/.test(e.name) ? [join(d, e.name)] : [],
  );
for (const file of files(dir)) {
  for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('([^']+)'/g)) {
    if (!en.has(key)) problems.push(`${file.slice(dir.length)} uses missing key ${key}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`i18n: ${en.size} keys in en and es`);
