/**
 * Share links (docs/domain.md, Tracking — share links): the customer gives the person who takes
 * the goods on site (a foreman without an account) a link to a read-only live view. The token is
 * random, shown once, and only its sha256 is kept; the link is dead (404) once revoked and once
 * the delivery has ended.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../../shared/clock.js';
import type { Db } from '../../../shared/db/database.js';
import type { Principal } from '../../../shared/principal.js';
import type { LiveHub } from './live-hub.js';
import {
  DeliveryFinishedError,
  DeliveryNotFoundError,
  ShareLinkNotFoundError,
  TooManyShareLinksError,
} from './tracking.errors.js';
import { isFinished, trackingRepository as repo, type TrackedDelivery } from './tracking.repository.js';

/** 32 random bytes, base64url: 43 characters nobody guesses. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
export const MAX_LIVE_LINKS = 10;

export const hashShareToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface CreatedShareLink {
  id: string;
  /** Shown once: only its hash is kept. */
  token: string;
  /** The read-only view, and its live stream. */
  url: string;
  liveUrl: string;
  createdAt: string;
}

export class ShareLinks {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly hub: LiveHub,
    /** PUBLIC_URL: links are absolute with it, relative without. */
    private readonly publicUrl: string | undefined,
  ) {}

  /** The order's customer makes a link while the delivery runs; anyone else gets a 404. */
  create(p: Principal, deliveryId: string): Promise<CreatedShareLink> {
    return this.db.transaction(async (tx) => {
      const d = await repo.delivery(tx, deliveryId, true);
      if (!d || p.role !== 'customer' || d.customerId !== p.userId) throw new DeliveryNotFoundError();
      if (isFinished(d.status)) throw new DeliveryFinishedError(d.status);
      if ((await repo.liveShareLinkCount(tx, d.id)) >= MAX_LIVE_LINKS) throw new TooManyShareLinksError(MAX_LIVE_LINKS);
      const token = randomBytes(TOKEN_BYTES).toString('base64url');
      const made = await repo.insertShareLink(tx, {
        deliveryId: d.id,
        tokenHash: hashShareToken(token),
        createdBy: p.userId,
        createdAt: this.clock.now(),
      });
      const base = `${(this.publicUrl ?? '').replace(/\/+$/, '')}/api/v1/logistics/track/${token}`;
      return { id: made.id, token, url: base, liveUrl: `${base}/live`, createdAt: made.createdAt.toISOString() };
    });
  }

  /** The customer (or an admin) revokes a link of the delivery; revoking twice is the same as once. */
  async revoke(p: Principal, deliveryId: string, linkId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const d = await repo.delivery(tx, deliveryId);
      const allowed = d && (p.role === 'admin' || (p.role === 'customer' && d.customerId === p.userId));
      if (!d || !allowed) throw new DeliveryNotFoundError();
      const link = await repo.shareLink(tx, linkId);
      if (!link || link.deliveryId !== d.id) throw new ShareLinkNotFoundError();
      await repo.revokeShareLink(tx, link.id, this.clock.now());
      // Streams opened through it end too, on every process.
      await this.hub.linkRevoked(tx, d.id, link.id);
    });
  }

  /** The delivery a live link shows; a malformed, unknown, revoked or ended one is a 404. */
  async resolve(token: string): Promise<{ delivery: TrackedDelivery; linkId: string }> {
    if (!TOKEN_SHAPE.test(token)) throw new ShareLinkNotFoundError();
    const link = await repo.shareLinkByHash(this.db, hashShareToken(token));
    if (!link || link.revokedAt) throw new ShareLinkNotFoundError();
    const d = await repo.delivery(this.db, link.deliveryId);
    if (!d || isFinished(d.status)) throw new ShareLinkNotFoundError();
    return { delivery: d, linkId: link.id };
  }
}
