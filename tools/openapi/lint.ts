/**
 * `npm run lint:openapi`: the server's OpenAPI document against Redocly's recommended rules
 * (redocly.yaml). Fails on any error and on any warning.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dumpOpenApi } from './dump.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'tutuu-openapi-'));
try {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(await dumpOpenApi(), null, 2));
  const run = spawnSync(
    join(root, 'node_modules/.bin/redocly'),
    ['lint', file, '--config', join(root, 'redocly.yaml'), '--format=summary', '--max-problems', '1000'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  process.stdout.write(output);
  // The summary lists each rule that fired as "error <rule>: n" or "warning <rule>: n".
  const problems = output.split('\n').filter((line) => /^\s*(error|warning)\s+[\w-]+: \d+/.test(line));
  // …and closes with a count ("with 2 errors and 5 warnings", "You have 5 warnings") when any.
  const counted = [...output.matchAll(/(\d+) (?:errors?|warnings?)\b/g)].some((m) => Number(m[1]) > 0);
  if (run.error) throw run.error;
  if (run.status !== 0 || problems.length > 0 || counted) {
    process.stderr.write(`OpenAPI lint failed: exit ${run.status}, ${problems.length} rule(s) reported\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('OpenAPI lint: 0 errors, 0 warnings\n');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
