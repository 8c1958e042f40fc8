/**
 * What a journey imports: `openBrowser`, `baseUrl`, `loginAs`, `api`, `screenshot` — bound to the
 * server the global setup started (web/e2e/global-setup.ts).
 */
import { inject } from 'vitest';
import { useBaseUrl } from './browser.js';

useBaseUrl(inject('e2eBaseUrl'));

export {
  api,
  ApiFailure,
  baseUrl,
  DEMO_PASSWORD,
  loginAs,
  openBrowser,
  screenshot,
  type ApiClient,
} from './browser.js';
export { startServer, type RunningServer } from './server.js';
