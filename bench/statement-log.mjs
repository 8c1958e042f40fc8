/**
 * Plain JavaScript, so the server it rides in needs no tsx (which alone holds about 70 MB).
 * Loaded into the bench's server process only (`--import`, see bench/checkout.ts): records the
 * statements HTTP requests send to PostgreSQL between two SIGUSR2 signals and, on the second,
 * writes them with their round-trip times to BENCH_STATEMENT_LOG. The app itself knows nothing
 * of it. Statements are tied to a request through async context, so the event relay working in
 * the same process meanwhile is left out.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const out = process.env.BENCH_STATEMENT_LOG;
/** @type {{ text: string, ms: number }[] | null} */
let recording = null;
const inRequest = new AsyncLocalStorage();

if (out) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, ...rest) {
    return event === 'request'
      ? inRequest.run(true, () => emit.call(this, event, ...rest))
      : emit.call(this, event, ...rest);
  };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    const log = recording;
    if (!log || !inRequest.getStore()) return query.apply(this, args);
    const first = args[0];
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    const entry = { text: text.replace(/\s+/g, ' ').trim(), ms: 0 };
    log.push(entry);
    const started = performance.now();
    const done = () => (entry.ms = performance.now() - started);
    // pg's pool asks with a callback, a transaction's client with a promise.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (...r) => {
        done();
        return callback(...r);
      };
    }
    const result = query.apply(this, args);
    if (result instanceof Promise) void result.then(done, done);
    return result;
  };
  process.on('SIGUSR2', () => {
    if (recording === null) {
      recording = [];
      writeFileSync(out, '');
    } else {
      writeFileSync(out, JSON.stringify(recording));
      recording = null;
    }
  });
}
