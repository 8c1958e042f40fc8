/**
 * Saved estimates (docs/domain.md, Estimates): a customer's estimates, each save a new version that
 * names the one it edits (a stale one is a 409), priced again with live offers on every view with
 * the lines whose price moved since the last save flagged; into the cart in one call; shared read-only.
 */
import { z } from 'zod';
import type { Db } from '../../../../shared/db/database.js';
import { ValidationError } from '../../../../shared/errors.js';
import { decodeCursor, cursorPart, timeIdCursor, toPage } from '../../../../shared/http/pagination.js';
import type { Principal } from '../../../../shared/principal.js';
import type { InsightsModuleDeps } from '../../index.js';
import type { estimateRequest } from '../calculate.schemas.js';
import { calculateEstimate, type EstimateView } from '../estimate.js';
import { pricesOf, withPriceMoves } from './price-moves.js';
import {
  assertCustomer,
  EstimateNotFoundError,
  EstimateVersionConflictError,
  EstimateVersionNotFoundError,
  TooManyEstimatesError,
} from './saved.errors.js';
import { savedRepository as repo, type EstimateRow, type VersionRow } from './saved.repository.js';
import { Shares } from './shares.js';
import { putInCart, type ToCartAnswer } from './to-cart.js';

/** Estimates one customer keeps: a builder's year of jobs, not an archive. */
export const MAX_ESTIMATES = 200;
/** Saves kept per estimate: older versions are let go. */
export const MAX_VERSIONS_KEPT = 100;

/** What an estimate asks for, as the customer gave it (the calculate request). */
export type EstimateRequest = z.output<typeof estimateRequest>;

export interface NewEstimate extends EstimateRequest {
  title: string;
}

/** A save: the version it edits, and the parts that change (each replaces the saved one; pricing null removes it). */
export interface EstimatePatch {
  version: number;
  title?: string | undefined;
  jobs?: EstimateRequest['jobs'] | undefined;
  pricing?: EstimateRequest['pricing'] | null | undefined;
  overrides?: EstimateRequest['overrides'] | undefined;
  freeLines?: EstimateRequest['freeLines'] | undefined;
}

export interface SavedEstimateView {
  id: string;
  title: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The grand total when last saved; `estimate.totals.totalMinor` is today's. */
  savedTotalMinor: number;
  /** What was saved, as given (the inputs before defaults): edit this and PATCH it back. */
  request: EstimateRequest;
  estimate: EstimateView;
  shares: { id: string; createdAt: string }[];
}

export interface EstimateSummary {
  id: string;
  title: string;
  version: number;
  jobs: number;
  savedTotalMinor: number;
  createdAt: string;
  updatedAt: string;
}

export interface VersionSummary {
  version: number;
  title: string;
  jobs: number;
  savedAt: string;
  totals: { goodsMinor: number; deliveryMinor: number; vatMinor: number; totalMinor: number };
}

export interface VersionView extends VersionSummary {
  request: EstimateRequest;
  /** The version priced now, lines flagged against its own save; null when it no longer computes. */
  estimate: EstimateView | null;
}

const versionCursor = z.tuple([cursorPart.sequence]);

export class SavedEstimates {
  readonly shares: Shares;

  constructor(private readonly deps: InsightsModuleDeps) {
    this.shares = new Shares(deps, this);
  }

  private get db(): Db {
    return this.deps.db;
  }

  /** Priced now; a save is strict (bad input is a 400), a view lenient (a saved line off its grid now is shown so). */
  price(request: EstimateRequest, save: boolean): Promise<EstimateView> {
    return calculateEstimate(this.db, this.deps, request, { at: this.deps.clock.now(), lenient: !save });
  }

  async create(p: Principal, input: NewEstimate): Promise<SavedEstimateView> {
    assertCustomer(p);
    const { title, ...request } = input;
    return this.saveNew(p.userId, title, request, await this.price(request, true));
  }

  /** A new estimate of `customerId`'s, version 1 (also a copy of a shared one). */
  async saveNew(
    customerId: string,
    title: string,
    request: EstimateRequest,
    view: EstimateView,
  ): Promise<SavedEstimateView> {
    const now = this.deps.clock.now();
    const row = await this.db.transaction(async (tx) => {
      await repo.lockCustomer(tx, customerId);
      if ((await repo.countOf(tx, customerId)) >= MAX_ESTIMATES) throw new TooManyEstimatesError(MAX_ESTIMATES);
      const made = await repo.insert(tx, {
        customerId,
        title,
        version: 1,
        request: { ...request },
        prices: pricesOf(view),
        totalMinor: view.totals.totalMinor,
        jobCount: request.jobs.length,
        createdAt: now,
        updatedAt: now,
      });
      await repo.insertVersion(tx, versionRow(made, view, now));
      return made;
    });
    return this.viewOf(row, view, []);
  }

  async list(p: Principal, limit: number, cursor: string | undefined) {
    assertCustomer(p);
    const after = decodeCursor(cursor, timeIdCursor);
    const rows = await repo.page(this.db, p.userId, limit, after && [new Date(after[0]), after[1]]);
    return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id], summaryOf);
  }

  async view(p: Principal, id: string): Promise<SavedEstimateView> {
    const row = await this.own(p, id);
    const view = await this.price(row.request as unknown as EstimateRequest, false);
    return this.viewOf(row, withPriceMoves(view, row.prices), await repo.liveShares(this.db, row.id));
  }

  async update(p: Principal, id: string, patch: EstimatePatch): Promise<SavedEstimateView> {
    const current = await this.own(p, id);
    if (current.version !== patch.version) throw new EstimateVersionConflictError(patch.version, current.version);
    const saved = current.request as unknown as EstimateRequest;
    const request: EstimateRequest = {
      jobs: patch.jobs ?? saved.jobs,
      pricing: patch.pricing === null ? undefined : (patch.pricing ?? saved.pricing),
      overrides:
        patch.overrides ?? (patch.jobs && !sameTemplates(patch.jobs, saved.jobs) ? undefined : saved.overrides),
      freeLines: patch.freeLines ?? saved.freeLines,
    };
    const view = await this.price(request, true);
    const now = this.deps.clock.now();
    const row = await this.db.transaction(async (tx) => {
      // Priced outside the lock; the version is checked again under it, so of two saves one wins.
      const locked = await repo.estimate(tx, id, true);
      if (!locked || locked.customerId !== p.userId) throw new EstimateNotFoundError();
      if (locked.version !== patch.version) throw new EstimateVersionConflictError(patch.version, locked.version);
      const next = await repo.update(tx, id, {
        title: patch.title ?? locked.title,
        version: locked.version + 1,
        request: JSON.parse(JSON.stringify(request)) as Record<string, unknown>,
        prices: pricesOf(view),
        totalMinor: view.totals.totalMinor,
        jobCount: request.jobs.length,
        updatedAt: now,
      });
      await repo.insertVersion(tx, versionRow(next, view, now));
      await repo.pruneVersions(tx, id, next.version - MAX_VERSIONS_KEPT + 1);
      return next;
    });
    return this.viewOf(row, view, await repo.liveShares(this.db, row.id));
  }

  async remove(p: Principal, id: string): Promise<void> {
    const row = await this.own(p, id);
    await repo.remove(this.db, row.id);
  }

  async versions(p: Principal, id: string, limit: number, cursor: string | undefined) {
    const row = await this.own(p, id);
    const below = decodeCursor(cursor, versionCursor)?.[0];
    const rows = await repo.versions(this.db, row.id, limit, below);
    return toPage(rows, limit, (v) => [v.version], versionSummaryOf);
  }

  async version(p: Principal, id: string, number: string): Promise<VersionView> {
    const row = await this.own(p, id);
    const n = /^[1-9]\d{0,9}$/.test(number) ? Number(number) : 0;
    const v = n > 0 && n <= row.version ? await repo.version(this.db, row.id, n) : undefined;
    if (!v) throw new EstimateVersionNotFoundError();
    const request = v.request as unknown as EstimateRequest;
    let estimate: EstimateView | null = null;
    try {
      estimate = withPriceMoves(await this.price(request, false), v.prices);
    } catch (err) {
      // A version saved under older rules may no longer compute: it is still shown as saved.
      if (!(err instanceof ValidationError)) throw err;
    }
    return { ...versionSummaryOf(v), request, estimate };
  }

  /** `version`, when given, must be the latest: what the customer looked at is what goes in. */
  async toCart(p: Principal, id: string, version?: number): Promise<ToCartAnswer> {
    const row = await this.own(p, id);
    if (version !== undefined && version !== row.version) throw new EstimateVersionConflictError(version, row.version);
    const view = await this.price(row.request as unknown as EstimateRequest, false);
    return putInCart(view, (lines) => this.deps.orders.addToCart(p.userId, lines));
  }

  /** The estimate priced now and what an export prints of it. */
  async forExport(p: Principal, id: string) {
    const row = await this.own(p, id);
    const view = withPriceMoves(await this.price(row.request as unknown as EstimateRequest, false), row.prices);
    return { view, meta: { title: row.title, createdAt: this.deps.clock.now(), version: row.version } };
  }

  /** The customer's own estimate; anyone else's, or none, is the same 404. */
  async own(p: Principal, id: string): Promise<EstimateRow> {
    assertCustomer(p);
    const row = await repo.estimate(this.db, id);
    if (!row || row.customerId !== p.userId) throw new EstimateNotFoundError();
    return row;
  }

  viewOf(row: EstimateRow, estimate: EstimateView, shares: { id: string; createdAt: Date }[]): SavedEstimateView {
    return {
      ...summaryOf(row),
      request: row.request as unknown as EstimateRequest,
      estimate,
      shares: shares.map((s) => ({ id: s.id, createdAt: s.createdAt.toISOString() })),
    };
  }
}

function summaryOf(row: EstimateRow): EstimateSummary {
  return {
    id: row.id,
    title: row.title,
    version: row.version,
    jobs: row.jobCount,
    savedTotalMinor: row.totalMinor,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function versionRow(row: EstimateRow, view: EstimateView, at: Date) {
  return {
    estimateId: row.id,
    version: row.version,
    title: row.title,
    request: row.request,
    prices: row.prices,
    goodsMinor: view.totals.goodsMinor,
    deliveryMinor: view.totals.deliveryMinor,
    vatMinor: view.totals.vatMinor,
    totalMinor: view.totals.totalMinor,
    jobCount: row.jobCount,
    savedAt: at,
  };
}

function versionSummaryOf(v: VersionRow): VersionSummary {
  return {
    version: v.version,
    title: v.title,
    jobs: v.jobCount,
    savedAt: v.savedAt.toISOString(),
    totals: {
      goodsMinor: v.goodsMinor,
      deliveryMinor: v.deliveryMinor,
      vatMinor: v.vatMinor,
      totalMinor: v.totalMinor,
    },
  };
}

type JobKey = { template: string; title?: string | undefined };

/**
 * Overrides point at jobs by position: they stay when a save edits the jobs' inputs in place (the
 * same templates with the same titles in the same order) and go when it adds, removes, renames or
 * reorders jobs without sending overrides again (docs/domain.md, Estimates).
 */
function sameTemplates(a: readonly JobKey[], b: readonly JobKey[]): boolean {
  return a.length === b.length && a.every((job, i) => job.template === b[i]!.template && job.title === b[i]!.title);
}
