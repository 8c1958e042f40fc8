/**
 * Read-only links to an estimate (docs/domain.md, Estimates): the owner makes and revokes them;
 * whoever holds a token sees the estimate priced now without logging in, and a customer may copy
 * it into their own. Unknown, malformed and revoked tokens are the same 404.
 */
import type { Principal } from '../../../../shared/principal.js';
import type { InsightsModuleDeps } from '../../index.js';
import type { EstimateView } from '../estimate.js';
import { withPriceMoves } from './price-moves.js';
import {
  assertCustomer,
  EstimateNotFoundError,
  EstimateShareNotFoundError,
  TooManySharesError,
} from './saved.errors.js';
import { savedRepository as repo, type EstimateRow } from './saved.repository.js';
import type { EstimateRequest, SavedEstimates, SavedEstimateView } from './saved.service.js';
import { hashShareToken, looksLikeShareToken, MAX_LIVE_SHARES, newShareToken, sharedPath } from './share-tokens.js';

export interface CreatedShare {
  id: string;
  /** Shown once: only its hash is kept. */
  token: string;
  /** The public read-only view (relative to the API's address). */
  url: string;
  createdAt: string;
}

/** What a link shows: no ids, no owner; priced now, lines flagged against the last save. */
export interface SharedEstimateView {
  title: string;
  version: number;
  updatedAt: string;
  request: EstimateRequest;
  estimate: EstimateView;
}

export class Shares {
  constructor(
    private readonly deps: InsightsModuleDeps,
    private readonly saved: SavedEstimates,
  ) {}

  create(p: Principal, estimateId: string): Promise<CreatedShare> {
    assertCustomer(p);
    return this.deps.db.transaction(async (tx) => {
      // Locked, so two parallel links cannot pass the limit together.
      const row = await repo.estimate(tx, estimateId, true);
      if (!row || row.customerId !== p.userId) throw new EstimateNotFoundError();
      if ((await repo.liveShares(tx, row.id)).length >= MAX_LIVE_SHARES) throw new TooManySharesError(MAX_LIVE_SHARES);
      const token = newShareToken();
      const made = await repo.insertShare(tx, {
        estimateId: row.id,
        tokenHash: hashShareToken(token),
        createdAt: this.deps.clock.now(),
      });
      return { id: made.id, token, url: sharedPath(token), createdAt: made.createdAt.toISOString() };
    });
  }

  /** Revoking a revoked link again is the same as once. */
  async revoke(p: Principal, estimateId: string, shareId: string): Promise<void> {
    const row = await this.saved.own(p, estimateId);
    const share = await repo.share(this.deps.db, shareId);
    if (!share || share.estimateId !== row.id) throw new EstimateShareNotFoundError();
    await repo.revokeShare(this.deps.db, share.id, this.deps.clock.now());
  }

  async view(token: string): Promise<SharedEstimateView> {
    const row = await this.resolve(token);
    const request = row.request as unknown as EstimateRequest;
    const estimate = withPriceMoves(await this.saved.price(request, false), row.prices);
    return { title: row.title, version: row.version, updatedAt: row.updatedAt.toISOString(), request, estimate };
  }

  /** A customer's own estimate made of a shared one: version 1, priced now. */
  async copy(p: Principal, token: string, title?: string): Promise<SavedEstimateView> {
    assertCustomer(p);
    const row = await this.resolve(token);
    const request = row.request as unknown as EstimateRequest;
    return this.saved.saveNew(p.userId, title ?? row.title, request, await this.saved.price(request, false));
  }

  async forExport(token: string) {
    const row = await this.resolve(token);
    const view = withPriceMoves(await this.saved.price(row.request as unknown as EstimateRequest, false), row.prices);
    return { view, meta: { title: row.title, createdAt: this.deps.clock.now(), version: row.version } };
  }

  private async resolve(token: string): Promise<EstimateRow> {
    if (!looksLikeShareToken(token)) throw new EstimateShareNotFoundError();
    const share = await repo.shareByHash(this.deps.db, hashShareToken(token));
    if (!share || share.revokedAt) throw new EstimateShareNotFoundError();
    const row = await repo.estimate(this.deps.db, share.estimateId);
    if (!row) throw new EstimateShareNotFoundError();
    return row;
  }
}
