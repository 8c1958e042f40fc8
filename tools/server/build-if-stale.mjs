// `npm start` and the benches run the server compiled to JavaScript (dist/): under tsx the same
// server holds about 70 MB more (bench/README "Memory"). This compiles src/ when dist/ is missing
// or older than any source file or folder (a folder's time moves when a file in it is deleted).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.built';

function newest(path) {
  let latest = statSync(path).mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === '__tests__') continue;
    const full = join(path, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest('src'), statSync('tsconfig.json').mtimeMs, statSync('tsconfig.build.json').mtimeMs);
if (existsSync(STAMP) && existsSync('dist/main.js') && statSync(STAMP).mtimeMs >= sources) process.exit(0);
if (!existsSync('node_modules/typescript')) {
  if (existsSync('dist/main.js')) {
    console.warn('typescript is not installed (npm ci --omit=dev?): running the server as built before');
    process.exit(0);
  }
  console.error('dist/ is missing and typescript is not installed: run `npm ci`, or `npm run build` where it is');
  process.exit(1);
}
console.log('Compiling the server (after a change in src/)…');
const started = new Date(); // a source saved during the compile stays newer than the stamp
rmSync('dist', { recursive: true, force: true }); // outputs of deleted sources go too
const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
if (!existsSync('dist/main.js')) process.exit(1);
// tsc writes its output despite type errors, as tsx would run the sources: say so, and go on.
if (result.status !== 0) console.warn('The server compiled with type errors (above); `npm run typecheck` shows them');
writeFileSync(STAMP, started.toISOString() + '\n');
utimesSync(STAMP, started, started);
