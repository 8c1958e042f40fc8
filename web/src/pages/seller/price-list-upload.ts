/**
 * The price-list upload (POST /api/v1/catalog/price-lists, multipart field `file`): sent by
 * XMLHttpRequest, since fetch reports no upload progress, with the session's bearer token.
 */
import { ApiError, NetworkError, type Problem } from '../../api';
import { api, session } from '../../lib/api';

export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

export interface PriceListReport {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  productsCreated: number;
  rows: number;
  errors: RowError[];
  errorCount?: number;
}

/** A refused real run (422 CATALOG.PRICE_LIST_INVALID) carries the same report. */
export type UploadOutcome = { ok: true; report: PriceListReport } | { ok: false; report: PriceListReport };

/** The access token lives in memory only: after a reload a cheap authenticated call refreshes it. */
async function ensureToken(): Promise<string> {
  if (!session.accessToken) await api.GET('/api/v1/users/me');
  if (!session.accessToken) throw new ApiError({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
  return session.accessToken;
}

function send(
  file: Blob,
  filename: string,
  dryRun: boolean,
  token: string,
  onProgress: (percent: number) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/catalog/price-lists?dryRun=${dryRun}`);
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('x-device-id', session.deviceId);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress((e.loaded / e.total) * 100);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the status alone tells what happened
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    const form = new FormData();
    form.append('file', file, filename);
    xhr.send(form);
  });
}

/** Uploads once; a 401 (the 15-minute token ran out) refreshes the token through `api` and tries again. */
export async function uploadPriceList(
  file: Blob,
  filename: string,
  dryRun: boolean,
  onProgress: (percent: number) => void,
): Promise<UploadOutcome> {
  let res = await send(file, filename, dryRun, await ensureToken(), onProgress);
  if (res.status === 401) {
    await api.GET('/api/v1/users/me');
    res = await send(file, filename, dryRun, await ensureToken(), onProgress);
  }
  if (res.status === 200) return { ok: true, report: res.body as PriceListReport };
  const problem = { ...((res.body as Partial<Problem> | null) ?? {}), status: res.status } as Problem;
  if (res.status === 422 && problem.code === 'CATALOG.PRICE_LIST_INVALID') {
    return { ok: false, report: problem as unknown as PriceListReport };
  }
  throw new ApiError(problem);
}

const QUOTE = 0x22;
const LF = 0x0a;

/**
 * A copy of a CSV without the records that start on the given lines (the report numbers a row by
 * the line it starts on; the header is line 1). Works on bytes, so a Windows-1251 file stays as it
 * was: quotes and line feeds are the same bytes in both encodings.
 */
export function csvWithoutRows(data: Uint8Array, drop: ReadonlySet<number>): Uint8Array {
  const kept: Uint8Array[] = [];
  let line = 1;
  let recordLine = 1;
  let start = 0;
  let quoting = false;
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b === QUOTE) quoting = !quoting;
    else if (b === LF) {
      line++;
      if (!quoting) {
        if (!drop.has(recordLine)) kept.push(data.subarray(start, i + 1));
        start = i + 1;
        recordLine = line;
      }
    }
  }
  if (start < data.length && !drop.has(recordLine)) kept.push(data.subarray(start));
  const out = new Uint8Array(kept.reduce((n, k) => n + k.length, 0));
  let at = 0;
  for (const k of kept) {
    out.set(k, at);
    at += k.length;
  }
  return out;
}

/** A file is read as a CSV unless it is a ZIP (an XLSX workbook): the server decides the same way. */
export async function isCsv(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return !(head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04);
}
