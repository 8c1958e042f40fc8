import { z } from 'zod';

export const forecastQuery = z
  .object({
    productId: z.uuid().optional().describe("A product: the weekly median of its shown offers' prices"),
    offerId: z.uuid().optional().describe('An offer: its own price history'),
    horizonDays: z.coerce
      .number('must be a number')
      .int('must be a whole number of days, 1 to 90')
      .min(1, 'must be a whole number of days, 1 to 90')
      .max(90, 'must be a whole number of days, 1 to 90')
      .default(30)
      .describe('Days ahead (1..90); weekly points up to it, one at least'),
  })
  .superRefine((q, ctx) => {
    if (q.productId === undefined && q.offerId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['productId'], message: 'give productId or offerId' });
    } else if (q.productId !== undefined && q.offerId !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['offerId'], message: 'give productId or offerId, not both' });
    }
  });

const kind = z.enum(['offer', 'product']);

const forecastPoint = z.object({
  at: z.string().describe('The end of the forecast week (Monday 00:00 МСК), UTC'),
  priceMinor: z.number().int(),
  lower80: z.number().int(),
  upper80: z.number().int(),
  lower95: z.number().int(),
  upper95: z.number().int(),
});

export const forecastView = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    series: z.object({
      kind,
      id: z.string(),
      points: z.number().int().describe('Weekly points the fit used'),
      step: z.literal('week'),
      last: z.object({ at: z.string(), priceMinor: z.number().int() }).describe('The price in force now'),
    }),
    method: z.object({
      name: z
        .enum(['damped_trend', 'simple_smoothing'])
        .describe('The damped trend, or simple smoothing (no trend) when its AICc is lower'),
      alpha: z.number(),
      beta: z.number().describe('0 for simple smoothing'),
      phi: z.number().nullable().describe('The damping, 0.8..0.98; null for simple smoothing'),
      sigma: z.number().describe('One-step residual standard deviation, kopecks'),
    }),
    horizonDays: z.number().int(),
    points: z.array(forecastPoint),
    backtest: z.object({
      mase: z
        .number()
        .nullable()
        .describe('Mean |error| / in-sample mean |y_t − y_(t−1)|; below 1 beats that naive scale'),
      naiveMase: z
        .number()
        .nullable()
        .describe('The naive forecast (last price) scored the same way, same origins and steps'),
      coverage80: z.number().nullable(),
      coverage95: z.number().nullable(),
      origins: z.number().int(),
      forecasts: z.number().int(),
      horizonWeeks: z.number().int(),
      naiveMae: z.number().describe('The MASE scale, kopecks'),
    }),
  }),
  z.object({
    status: z.literal('insufficient_history'),
    series: z.object({ kind, id: z.string() }),
    points: z.number().int(),
    needed: z.number().int(),
    message: z.string(),
  }),
]);
