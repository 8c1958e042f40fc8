import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import { sqlState, UNIQUE_VIOLATION } from '../../../shared/db/errors.js';
import { ForbiddenError, ValidationError } from '../../../shared/errors.js';
import { decodeCursor, timeIdCursor, toPage } from '../../../shared/http/pagination.js';
import { driverErrorOf } from '../../../shared/log/safe-error.js';
import { canTrade, mayReadOwnTrade, type Principal } from '../../../shared/principal.js';
import { issueTrackerKey, revokeTrackerKeys } from './tracker-keys.js';
import { CarrierNotApprovedError, PlateTakenError, VehicleBusyError, VehicleNotFoundError } from './vehicles.errors.js';
import * as repo from './vehicles.repository.js';
import type { VehicleChangeInput, VehicleInput } from './vehicles.schemas.js';
import { toVehicleViews } from './vehicles.views.js';

/** The fields a load's fit depends on: frozen while the vehicle is busy (docs/domain.md, Logistics — Vehicles). */
const SHAPE_FIELDS = ['bodyType', 'payloadKg', 'volumeM3', 'bodyLengthM', 'crane'] as const;

export interface ListVehiclesQuery {
  carrierId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Carriers' vehicles: approved carriers manage their own, suspended ones read them, admins read all. */
export class VehiclesService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** Where the API is reached from outside (PUBLIC_URL); none: the request's own origin. */
    private readonly publicUrl: string | undefined,
  ) {}

  async list(p: Principal, q: ListVehiclesQuery) {
    assertMayRead(p);
    if (p.role !== 'admin' && q.carrierId !== undefined && q.carrierId !== p.userId) {
      throw new ForbiddenError('only admins list other carriers’ vehicles');
    }
    const after = decodeCursor(q.cursor, timeIdCursor);
    const carrierId = p.role === 'admin' ? q.carrierId : p.userId;
    const rows = await repo.listLive(this.db, { carrierId, after, limit: q.limit });
    const page = toPage(
      rows,
      q.limit,
      (v) => [v.createdAt.toISOString(), v.id],
      (v) => v,
    );
    return { items: await toVehicleViews(this.db, page.items), nextCursor: page.nextCursor };
  }

  async get(p: Principal, id: string) {
    assertMayRead(p);
    const [view] = await toVehicleViews(this.db, [await this.own(this.db, p, id)]);
    return view!;
  }

  async create(p: Principal, input: VehicleInput) {
    assertMayWrite(p);
    const now = this.clock.now();
    const row = await this.mapPlateTaken(input.plate, () =>
      repo.insertVehicle(this.db, {
        carrierId: p.userId,
        bodyType: input.bodyType,
        name: input.name ?? '',
        payloadKg: input.payloadKg,
        volumeM3: input.volumeM3,
        bodyLengthM: input.bodyLengthM,
        crane: craneFor(input.bodyType, input.crane) ?? false,
        tailLift: input.tailLift ?? false,
        plate: input.plate,
        baseAddress: input.base.address ?? '',
        baseLat: input.base.lat,
        baseLon: input.base.lon,
        createdAt: now,
        updatedAt: now,
      }),
    );
    const [view] = await toVehicleViews(this.db, [row]);
    return view!;
  }

  /** Plate, name and base may always change; the body and size not while the vehicle is busy. */
  async update(p: Principal, id: string, patch: VehicleChangeInput) {
    assertMayWrite(p);
    const row = await this.mapPlateTaken(patch.plate, () =>
      this.db.transaction(async (tx) => {
        const current = await this.own(tx, p, id, 'update');
        const change = columnsOf(patch);
        change.crane = craneFor(patch.bodyType ?? current.bodyType, patch.crane);
        const resized = SHAPE_FIELDS.some((f) => change[f] !== undefined && !sameValue(f, change[f], current[f]));
        if (resized) {
          const work = await repo.workOf(tx, id);
          if (repo.isBusyWork(work)) throw new VehicleBusyError('resize', work);
        }
        return repo.updateVehicle(tx, id, { ...change, updatedAt: this.clock.now() });
      }),
    );
    const [view] = await toVehicleViews(this.db, [row]);
    return view!;
  }

  /**
   * A soft delete: bids and deliveries keep pointing at the row. Refused while the vehicle is busy;
   * its live bids are withdrawn and its tracker key revoked in the same transaction. The bids go
   * first: that waits for an award holding them, so the busy check after it sees the award.
   */
  async remove(p: Principal, id: string): Promise<void> {
    assertMayWrite(p);
    await this.db.transaction(async (tx) => {
      await this.own(tx, p, id, 'update');
      await repo.withdrawActiveBids(tx, id);
      const work = await repo.workOf(tx, id);
      if (repo.isBusyWork(work)) throw new VehicleBusyError('delete', work);
      const now = this.clock.now();
      await repo.softDelete(tx, id, now);
      await revokeTrackerKeys(tx, [id], now);
    });
  }

  /** A new device key for the vehicle's phone tracker, replacing the one it had; shown only here. */
  async issueTrackerKey(p: Principal, id: string, requestOrigin: string) {
    assertMayWrite(p);
    const issued = await this.db.transaction(async (tx) => {
      // The row lock makes two issues in a row leave exactly one live key.
      const v = await this.own(tx, p, id, 'update');
      return issueTrackerKey(tx, { vehicleId: v.id, carrierId: v.carrierId }, this.clock.now());
    });
    const serverUrl = `${(this.publicUrl ?? requestOrigin).replace(/\/+$/, '')}/api/v1/logistics/osmand`;
    return {
      vehicleId: id,
      key: issued.key,
      prefix: issued.prefix,
      issuedAt: issued.issuedAt.toISOString(),
      setup: {
        app: 'Traccar Client',
        serverUrl,
        deviceIdentifier: issued.key,
        hint:
          `В Traccar Client: «Адрес сервера» — ${serverUrl}, «Идентификатор устройства» — этот ключ. ` +
          'Ключ показан один раз; новый ключ отменяет прежний.',
      },
    };
  }

  async revokeTrackerKey(p: Principal, id: string): Promise<void> {
    assertMayWrite(p);
    await this.db.transaction(async (tx) => {
      await this.own(tx, p, id, 'update');
      await revokeTrackerKeys(tx, [id], this.clock.now());
    });
  }

  /** The caller's live vehicle (admins: anyone's); someone else's or a deleted one answers like a missing one. */
  private async own(ex: Executor, p: Principal, id: string, lock?: 'update') {
    const row = await repo.findLive(ex, id, lock, p.role === 'admin' ? undefined : p.userId);
    if (!row) throw new VehicleNotFoundError();
    return row;
  }

  private async mapPlateTaken<T>(plate: string | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (sqlState(err) === UNIQUE_VIOLATION && driverErrorOf(err)?.constraint === 'vehicles_plate_live_uq') {
        throw new PlateTakenError(plate ?? '');
      }
      throw err;
    }
  }
}

function assertMayRead(p: Principal): void {
  if (p.role === 'admin') return;
  if (p.role !== 'carrier') throw new ForbiddenError('this action needs the role carrier or admin');
  if (!mayReadOwnTrade(p)) throw new CarrierNotApprovedError();
}

/** Only the carrier itself writes; a suspended one is stopped by the auth guard (USER.SUSPENDED). */
function assertMayWrite(p: Principal): void {
  if (p.role !== 'carrier') throw new ForbiddenError('this action needs the role carrier');
  if (!canTrade(p)) throw new CarrierNotApprovedError();
}

const craneRequired = () =>
  new ValidationError([{ path: 'crane', message: 'a манипулятор (body crane) always has a crane' }]);

/** Table columns from what the input gives. */
function columnsOf(input: VehicleChangeInput): repo.VehicleChange {
  const c: repo.VehicleChange = {};
  if (input.bodyType !== undefined) c.bodyType = input.bodyType;
  if (input.name !== undefined) c.name = input.name;
  if (input.payloadKg !== undefined) c.payloadKg = input.payloadKg;
  if (input.volumeM3 !== undefined) c.volumeM3 = input.volumeM3;
  if (input.bodyLengthM !== undefined) c.bodyLengthM = input.bodyLengthM;
  if (input.crane !== undefined) c.crane = input.crane;
  if (input.tailLift !== undefined) c.tailLift = input.tailLift;
  if (input.plate !== undefined) c.plate = input.plate;
  if (input.base !== undefined) {
    c.baseAddress = input.base.address ?? '';
    c.baseLat = input.base.lat;
    c.baseLon = input.base.lon;
  }
  return c;
}

/** A манипулятор has a crane: given with the body, it is set; refused when the input says it has none. */
function craneFor(bodyType: string, crane: boolean | undefined): boolean | undefined {
  if (bodyType !== 'crane') return crane;
  if (crane === false) throw craneRequired();
  return true;
}

/** Decimal columns come back as '20.00': volume and length are compared as numbers. */
function sameValue(field: (typeof SHAPE_FIELDS)[number], a: unknown, b: unknown): boolean {
  if (field === 'volumeM3' || field === 'bodyLengthM') return Number(a) === Number(b);
  return a === b;
}
