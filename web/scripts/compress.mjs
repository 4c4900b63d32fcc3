// Writes a gzip sibling (file.gz) next to every compressible file in dist/, for the server to send as-is.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const root = new URL('../dist/', import.meta.url).pathname;
const compressible = /\.(js|css|html|svg|json)$/;

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (compressible.test(entry.name)) out.push(path);
  }
  return out;
}

let files = 0;
let before = 0;
let after = 0;
for (const path of await walk(root)) {
  const data = await readFile(path);
  const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
  await writeFile(`${path}.gz`, gz);
  files += 1;
  before += data.length;
  after += gz.length;
}
console.log(`compress: ${files} files, ${before} bytes -> ${after} bytes gzipped`);

// Budget: the JavaScript a first visit loads (the entry script and the chunks it preloads), gzipped.
const html = await readFile(join(root, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
let initialBytes = 0;
for (const file of initial) initialBytes += (await readFile(join(root, `${file}.gz`))).length;
const budget = 200 * 1024;
console.log(`initial JS: ${initial.length} files, ${(initialBytes / 1024).toFixed(1)} KiB gzipped (budget ${budget / 1024} KiB)`);
if (initialBytes > budget) {
  console.error('initial JS is over budget');
  process.exit(1);
}
