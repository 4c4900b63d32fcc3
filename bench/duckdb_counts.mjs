// bench/import.sh's DuckDB anchor (students first reduced to distinct profiles with a count, then expanded to groups): the same counts as Trellis's student import (see pandas_counts.py for the
// definitions), written as CSV org_code,indicator,group,denominator,numerator.
//   node bench/duckdb_counts.mjs FILE OUT.csv
import { openSync, readSync, closeSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [file, out] = process.argv.slice(2);
// Every column as text, named from the header (either shape of bench/gen_students.cpp; the identifying ones unused).
const head = Buffer.alloc(4096);
const fd = openSync(file, 'r');
const headerLine = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString().split('\n')[0];
closeSync(fd);
const columns = headerLine.split(',').map((c) => `'${c}': 'VARCHAR'`).join(', ');
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const q = (s) => s.replaceAll("'", "''");

const groups = (extra) => `
  SELECT ${extra} unit_d, unit_s, grade, 'ALL' AS g, sum(n) AS n FROM SRC GROUP BY ALL
  UNION ALL SELECT ${extra} unit_d, unit_s, grade, ethnicity, sum(n) FROM SRC
    WHERE ethnicity IN ('AA','AI','AS','FI','HI','PI','WH','MR') GROUP BY ALL
  ${[['el', 'EL'], ['ltel', 'LTEL'], ['sed', 'SED'], ['swd', 'SWD'], ['foster', 'FOS'], ['homeless', 'HOM']]
    .map(([c, g]) => `UNION ALL SELECT ${extra} unit_d, unit_s, grade, '${g}', sum(n) FROM SRC WHERE ${c} = 'Y' GROUP BY ALL`).join('\n  ')}
  UNION ALL SELECT ${extra} unit_d, unit_s, grade, 'gender:' || lower(gender), sum(n) FROM SRC WHERE gender <> '' GROUP BY ALL
  UNION ALL SELECT ${extra} unit_d, unit_s, grade, 'lang:' || lower(home_language), sum(n) FROM SRC WHERE home_language <> '' GROUP BY ALL`;

await db.run(`
CREATE TEMP TABLE s AS
  SELECT district_code AS unit_d, CASE WHEN school_code IN ('', '0000000') THEN '' ELSE school_code END AS unit_s,
         grade, ethnicity, gender, el, ltel, sed, swd, foster, homeless, home_language, programs, count(*) AS n
  FROM read_csv('${q(file)}', header = true, all_varchar = true, nullstr = '\\N',
    columns = {${columns}})
  GROUP BY ALL`);  // students with the same unit, grade and attributes counted once
await db.run(`CREATE TEMP TABLE pop_unit AS ${groups('').replaceAll('SRC', 's')}`);
await db.run(`CREATE TEMP TABLE sp AS SELECT s.*, unnest(string_split(programs, ';')) AS p FROM s WHERE programs <> ''`);
await db.run(`CREATE TEMP TABLE enr_unit AS ${groups('p,').replaceAll('SRC', 'sp')}`);
// Organizations: every school, and each district (all its students, with or without a school).
await db.run(`
CREATE TEMP TABLE pop AS
  SELECT unit_d || unit_s AS org, grade, g, sum(n) AS n FROM pop_unit WHERE unit_s <> '' GROUP BY ALL
  UNION ALL SELECT unit_d || '0000000', grade, g, sum(n) FROM pop_unit GROUP BY ALL`);
await db.run(`
CREATE TEMP TABLE enr AS
  SELECT unit_d || unit_s AS org, p, grade, g, sum(n) AS n FROM enr_unit WHERE unit_s <> '' GROUP BY ALL
  UNION ALL SELECT unit_d || '0000000', p, grade, g, sum(n) FROM enr_unit GROUP BY ALL`);
await db.run(`
COPY (
  WITH offered AS (SELECT DISTINCT org, p, grade FROM enr WHERE g = 'ALL'),
  den AS (SELECT o.org, o.p, pop.g, sum(pop.n) AS denominator FROM offered o JOIN pop USING (org, grade) GROUP BY ALL),
  num AS (SELECT org, p, g, sum(n) AS numerator FROM enr GROUP BY ALL)
  SELECT den.org AS org_code, 'program:' || den.p AS indicator, den.g AS "group", denominator,
         coalesce(numerator, 0) AS numerator
  FROM den LEFT JOIN num USING (org, p, g) WHERE denominator > 0 ORDER BY 1, 2, 3
) TO '${q(out)}' (HEADER, DELIMITER ',')`);
