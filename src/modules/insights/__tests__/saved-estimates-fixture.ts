/** Saved estimates over the demo catalog of one real seller (so it can change its prices through the API). */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';

export const ESTIMATES = '/api/v1/insights/estimates';
export const SHARED = '/api/v1/insights/shared-estimates';

/** 10 × 3 m of wall in one brick of 1НФ, a window: bricks and mortar. */
export const BRICK_WALL = {
  template: 'brick_wall',
  inputs: { lengthM: 10, heightM: 3, openings: [{ widthM: 1.5, heightM: 1.5, count: 1 }] },
};
export const SCREED = { template: 'floor_screed', inputs: { areaM2: 40, thicknessMm: 50 } };

export interface Line {
  material: string;
  name: string;
  quantity: string;
  offer: { id: string; unit: string; minQty: string; step: string; sellerName: string } | null;
  orderQuantity: string | null;
  priceMinor: number | null;
  totalMinor: number | null;
  reasonCode: string | null;
  previousPriceMinor: number | null;
}
export interface FreeLine extends Omit<Line, 'material'> {
  index: number;
  sellable: boolean;
}
export interface Saved {
  id: string;
  title: string;
  version: number;
  savedTotalMinor: number;
  request: Record<string, unknown>;
  estimate: {
    jobs: { index: number; title: string; lines: Line[] }[];
    freeLines: FreeLine[];
    totals: { totalMinor: number };
  };
  shares: { id: string; createdAt: string }[];
}

/** The demo catalog sold by one approved seller account. */
export async function demoSeller(ctx: TestContext): Promise<Account> {
  const seller = await ctx.make.seller({ company: { name: 'ООО «СтройБаза»', inn: '7707083893' } });
  await ctx.app.modules.catalog.seedDemo([{ id: seller.id, name: 'ООО «СтройБаза»' }]);
  return seller;
}

export function call(
  ctx: TestContext,
  who: Account | null,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return ctx.request({
    method,
    url: url.startsWith('/') ? url : `${ESTIMATES}/${url}`,
    token: who?.accessToken,
    ...(payload === undefined ? {} : { payload }),
  });
}

export async function save(ctx: TestContext, who: Account, body: object): Promise<Saved> {
  const res = await call(ctx, who, 'POST', ESTIMATES, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Saved;
}

export async function view(ctx: TestContext, who: Account, id: string): Promise<Saved> {
  const res = await call(ctx, who, 'GET', id);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Saved;
}

/** A job's line by material. */
export function lineOf(saved: Pick<Saved, 'estimate'>, job: number, material: string): Line {
  const line = saved.estimate.jobs[job]!.lines.find((l) => l.material === material);
  expect(line, `job ${job} has a ${material} line`).toBeDefined();
  return line!;
}

/** The problem's field paths. */
export const paths = (res: LightMyRequestResponse): string[] =>
  ((res.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
