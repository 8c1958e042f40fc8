import type { TestProject } from 'vitest/node';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** 'http://127.0.0.1:<port>' of the one server every e2e file talks to. */
    e2eBaseUrl: string;
  }
}

/** One real server for the whole run; stopped (and its database removed) when the run ends. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('e2eBaseUrl', server.baseUrl);
  return () => server.stop();
}
