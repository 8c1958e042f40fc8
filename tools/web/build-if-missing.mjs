// `npm start` runs this first: a fresh clone has no web/dist (build output is not committed), so
// the client is built once here; later starts skip it. A failed build leaves the API serving.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = process.env.WEB_DIR ?? 'web/dist';
if (existsSync(`${dir}/index.html`)) process.exit(0);
if (process.env.WEB_DIR) {
  console.warn(`WEB_DIR=${dir} has no index.html: the web client will not be served`);
  process.exit(0);
}
if (!existsSync('node_modules/vite')) {
  console.warn('vite is not installed (npm ci --omit=dev?): the web client is not built; the API still starts');
  process.exit(0);
}
console.log('Building the web client (first start only)…');
const result = spawnSync('npm', ['run', '--silent', 'build:web'], { stdio: 'inherit' });
if (result.status !== 0) console.warn('The web client did not build; the API still starts');
