import type { FastifyInstance } from 'fastify';
import type { InsightsModuleDeps } from '../../index.js';

/** PLACEHOLDER (helper D replaces this file): saved estimates, versions, to-cart, shares, exports. */
export async function savedEstimateRoutes(_app: FastifyInstance, _deps: InsightsModuleDeps): Promise<void> {}
