import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../shared/db/database.js';
import type { Principal } from '../../shared/principal.js';
import { PriceListInvalidError, type PriceListRowError } from './catalog.errors.js';
import { importPriceList, sellerWarehouses } from './price-list-import.js';
import { readPriceListFile, type UploadedFile } from './price-list-parse.js';
import { parsePriceListRows } from './price-list-rows.js';
import { buildPriceListTemplate, EXAMPLE_WAREHOUSE_CODES } from './price-list-template.js';
import { assertSellerOrAdmin } from './seller-guard.js';

export type { UploadedFile } from './price-list-parse.js';

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
 * nothing; a real run applies every row in one transaction, or none when any row is bad.
 */
export class PriceListsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async upload(p: Principal, file: UploadedFile, opts: { dryRun: boolean }): Promise<PriceListReport> {
    assertSellerOrAdmin(p);
    const sheet = await readPriceListFile(file);
    const write = !opts.dryRun;
    return this.db.transaction(async (tx) => {
      const warehouses = await sellerWarehouses(tx, p.userId, write);
      const parsed = parsePriceListRows(sheet.rows, warehouses);
      const fileErrors = sheet.error ? [...parsed.errors, sheet.error] : parsed.errors;
      const { counts, errors: catalogErrors } = await importPriceList(
        tx,
        {
          sellerId: p.userId,
          createdBy: p.role === 'admin' ? null : p.userId,
          rows: parsed.rows,
          now: this.clock.now(),
        },
        write && fileErrors.length === 0,
      );
      const errors = [...fileErrors, ...catalogErrors].sort((a, b) => a.row - b.row);
      const report: PriceListReport = {
        dryRun: opts.dryRun,
        ...counts,
        rows: parsed.total,
        errors: errors.slice(0, MAX_REPORTED_ERRORS),
      };
      if (errors.length > MAX_REPORTED_ERRORS) report.errorCount = errors.length;
      // Thrown inside the transaction, so even a write that slipped past the checks is rolled back.
      if (write && errors.length > 0) throw new PriceListInvalidError(report);
      return report;
    });
  }

  /** The example workbook; a seller gets its own warehouse codes as the stock columns. */
  async template(p: Principal | null): Promise<Buffer> {
    const own = p?.role === 'seller' ? (await sellerWarehouses(this.db, p.userId, false)).map((w) => w.code) : [];
    return buildPriceListTemplate(own.length > 0 ? own : EXAMPLE_WAREHOUSE_CODES);
  }
}
