import type { Clock } from '../../../shared/clock.js';
import type { Db } from '../../../shared/db/database.js';
import type { Principal } from '../../../shared/principal.js';
import { PriceListInvalidError, PriceListWarehousesChangedError, type PriceListRowError } from '../catalog.errors.js';
import { importPriceList, sellerWarehouses } from './import-rows.js';
import { PRICE_LIST_LIMITS, type PriceListLimits } from './read-limits.js';
import { readPriceListFile, type UploadedFile } from './read-file.js';
import { PriceListRowChecker } from './row-checker.js';
import { RowStage } from './row-stage.js';
import { buildPriceListTemplate, EXAMPLE_WAREHOUSE_CODES } from './template.js';
import { assertSellerOrAdmin } from '../seller-guard.js';

export type { UploadedFile } from './read-file.js';

export interface PriceListReport {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  productsCreated: number;
  /** Data rows in the file (header and empty rows not counted). */
  rows: number;
  errors: PriceListRowError[];
  /** Present when there were more errors than the report lists. */
  errorCount?: number;
}

/** So many errors mean a wrong file, not a few typos; the count says how many there were. */
const MAX_REPORTED_ERRORS = 10_000;

/**
 * Sellers' price lists (CSV or XLSX): a dry run checks every row against the catalog and changes
 * nothing; a real run applies every row in one transaction, or none when any row is bad. The
 * upload is read as it arrives and its checked rows wait in a temporary file (row-stage.ts); the
 * transaction takes them a batch at a time, so no file is ever held whole in memory.
 */
export class PriceListsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly limits: Readonly<PriceListLimits> = PRICE_LIST_LIMITS,
  ) {}

  async upload(p: Principal, file: UploadedFile, opts: { dryRun: boolean }): Promise<PriceListReport> {
    assertSellerOrAdmin(p);
    // Rows are checked as the file streams, so the stock columns' warehouses are looked up before it.
    const warehouses = await sellerWarehouses(this.db, p.userId, false);
    const stage = await RowStage.open();
    try {
      const read = await readPriceListFile(file, this.limits, () => {
        stage.restart();
        return new PriceListRowChecker(warehouses, MAX_REPORTED_ERRORS, stage);
      });
      const parsed = read.sink.result();
      const stockColumns = read.sink.stockWarehouseIds();
      const write = !opts.dryRun;
      return await this.db.transaction(async (tx) => {
        const locked = new Set((await sellerWarehouses(tx, p.userId, write)).map((w) => w.id));
        if (stockColumns.some((id) => !locked.has(id))) throw new PriceListWarehousesChangedError();
        const fileErrors = read.error ? [...parsed.errors, read.error] : parsed.errors;
        const fileErrorCount = parsed.errorCount + (read.error ? 1 : 0);
        const imported = await importPriceList(
          tx,
          {
            sellerId: p.userId,
            createdBy: p.role === 'admin' ? null : p.userId,
            rows: stage,
            now: this.clock.now(),
          },
          write && fileErrorCount === 0,
          MAX_REPORTED_ERRORS,
        );
        // Each list is in row order and holds at least its first MAX_REPORTED_ERRORS: so does the merge.
        const errors = [...fileErrors, ...imported.errors].sort((a, b) => a.row - b.row);
        const errorCount = fileErrorCount + imported.errorCount;
        const report: PriceListReport = {
          dryRun: opts.dryRun,
          ...imported.counts,
          rows: parsed.total,
          errors: errors.slice(0, MAX_REPORTED_ERRORS),
        };
        if (errorCount > MAX_REPORTED_ERRORS) report.errorCount = errorCount;
        // Thrown inside the transaction, so even a write that slipped past the checks is rolled back.
        if (write && errorCount > 0) throw new PriceListInvalidError(report);
        return report;
      });
    } finally {
      await stage.close();
    }
  }

  /** The example workbook; a seller gets its own warehouse codes as the stock columns. */
  async template(p: Principal | null): Promise<Buffer> {
    const own = p?.role === 'seller' ? (await sellerWarehouses(this.db, p.userId, false)).map((w) => w.code) : [];
    return buildPriceListTemplate(own.length > 0 ? own : EXAMPLE_WAREHOUSE_CODES);
  }
}
