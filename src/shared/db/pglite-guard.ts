import type { PGlite } from '@electric-sql/pglite';

interface BackendModule {
  _PostgresMainLoopOnce: () => void;
  stackRestore: (sp: number) => void;
}

/**
 * Makes a failure of PGlite's backend end the query instead of hanging the process.
 *
 * PGlite's protocol loop (`execProtocolRawSync`) runs the backend one step at a time and catches
 * whatever a step throws. PostgreSQL's own error jump is handled there. Anything else is
 * swallowed: a WebAssembly trap, or the backend exiting. The loop then steps again, the broken
 * backend throws again, and the loop spins for ever on the server's only thread
 * (docs/adr/0002).
 *
 * The loop's catch calls `stackRestore` first. So a step's foreign exception is noted, and that
 * call rethrows it. The query then rejects with the real error, and the next query tries the
 * backend afresh.
 */
export function guardPgliteLoop(client: PGlite): void {
  const internals = client as unknown as { mod?: BackendModule; POSTGRES_MAIN_LONGJMP?: unknown };
  const mod = internals.mod;
  if (!mod || typeof mod._PostgresMainLoopOnce !== 'function' || typeof mod.stackRestore !== 'function') return;
  const step = mod._PostgresMainLoopOnce.bind(mod);
  const restore = mod.stackRestore.bind(mod);
  let foreign: { error: unknown } | undefined;
  mod._PostgresMainLoopOnce = () => {
    try {
      step();
    } catch (error) {
      if ((error as { status?: unknown } | null)?.status !== internals.POSTGRES_MAIN_LONGJMP) foreign = { error };
      throw error;
    }
  };
  mod.stackRestore = (sp: number) => {
    restore(sp);
    if (!foreign) return;
    const { error } = foreign;
    foreign = undefined;
    throw error;
  };
}
