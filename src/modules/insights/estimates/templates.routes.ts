import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../shared/http/problem.js';
import { TEMPLATES } from './templates/index.js';

const label = z.object({ ru: z.string(), en: z.string() });
const inputValue = z.union([
  z.number(),
  z.string(),
  z.array(z.object({ widthM: z.number(), heightM: z.number(), count: z.number().int() })),
]);
const templateView = z.object({
  id: z.string(),
  title: label,
  description: label,
  materials: z.array(z.string()),
  inputs: z.array(
    z.object({
      name: z.string(),
      label,
      unit: z.string().nullable(),
      type: z.enum(['number', 'integer', 'choice', 'openings']),
      required: z.boolean(),
      min: z.number().optional(),
      minExclusive: z.boolean().optional(),
      max: z.number().optional(),
      default: inputValue.optional(),
      defaultFrom: label.optional(),
      values: z.array(z.union([z.string(), z.number()])).optional(),
      valueLabels: z.array(label).optional(),
      places: z.number().int().optional().describe('Decimal places allowed (3 when absent)'),
      normSource: z.string().optional(),
    }),
  ),
});

/** The templates an estimate is built from: the contract of `POST /estimates/calculate`. */
export async function templatesRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const listView = z.object({ items: z.array(templateView) });
  // Built once: the templates are code. JSON keeps only what each input says (readonly arrays copied).
  const view = JSON.parse(
    JSON.stringify({
      items: TEMPLATES.map((t) => ({
        ...t,
        compute: undefined,
        inputs: t.inputs.map((i) => ({ ...i, required: i.default === undefined && !i.optional })),
      })),
    }),
  ) as z.infer<typeof listView>;
  r.get(
    '/estimate-templates',
    {
      schema: {
        tags: ['insights'],
        operationId: 'listEstimateTemplates',
        security: [],
        summary: 'Estimate templates: each job kind with its inputs (units, bounds, defaults, norms and their sources)',
        response: { 200: listView, ...errorResponses() },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return view;
    },
  );
}
