/** tools/server/build-if-stale.mjs: `npm start` compiles the server only when src/ changed since. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const TOOL = join(ROOT, 'tools/server/build-if-stale.mjs');
let dir: string;

/** A project of two source files, laid out as this one, with its own compiler settings. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tutuu-build-'));
  mkdirSync(join(dir, 'src/shared'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(ROOT, 'node_modules/typescript'), join(dir, 'node_modules/typescript'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, types: [] } }),
  );
  writeFileSync(
    join(dir, 'tsconfig.build.json'),
    JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { rootDir: 'src', outDir: 'dist' },
      include: ['src'],
    }),
  );
  writeFileSync(join(dir, 'src/main.ts'), 'export const answer: number = 42;\n');
  writeFileSync(join(dir, 'src/shared/extra.ts'), 'export const extra = 1;\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [TOOL], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

it('compiles a fresh checkout, skips an unchanged one, and compiles again after an edit or a deletion', () => {
  const first = run();
  expect(first).toMatchObject({ status: 0, out: expect.stringContaining('Compiling the server') });
  expect(existsSync(join(dir, 'dist/main.js'))).toBe(true);
  expect(existsSync(join(dir, 'dist/shared/extra.js'))).toBe(true);

  expect(run()).toEqual({ status: 0, out: '' });

  writeFileSync(join(dir, 'src/main.ts'), 'export const answer: number = 43;\n');
  expect(run().out).toContain('Compiling the server');
  expect(run().out).toBe('');

  // A deleted source leaves its folder newer than the stamp, and its output must not linger.
  rmSync(join(dir, 'src/shared/extra.ts'));
  expect(run().out).toContain('Compiling the server');
  expect(existsSync(join(dir, 'dist/shared/extra.js'))).toBe(false);
  expect(existsSync(join(dir, 'dist/main.js'))).toBe(true);
});

it('still writes the output of a source with a type error, and says so', () => {
  writeFileSync(join(dir, 'src/main.ts'), 'export const answer: number = "forty-two";\n');
  const r = run();
  expect(r.status).toBe(0);
  expect(r.out).toContain('compiled with type errors');
  expect(existsSync(join(dir, 'dist/main.js'))).toBe(true);
  // An untouched tree after that is current: the stamp was written.
  expect(run().out).toBe('');
});
