import type { FastifyInstance } from 'fastify';
import type { InsightsModuleDeps } from '../index.js';

/** PLACEHOLDER (helper C replaces this file): POST /estimates/calculate. */
export async function calculateRoutes(_app: FastifyInstance, _deps: InsightsModuleDeps): Promise<void> {}
