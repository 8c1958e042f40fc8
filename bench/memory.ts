import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The server's memory as every bench reports it: the child's peak resident set (VmHWM in
 * /proc/<pid>/status, the kernel's own maximum, so no spike between samples is missed).
 */

export const toMb = (kb: number) => Math.round(kb / 1024);

/** A field of /proc/<pid>/status in kB; NaN when the process is gone. */
export function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

/**
 * A process's peak RSS over its life. VmHWM is read every 200 ms only so the figure outlives the
 * process (a server that dies); `reset` lets a bench measure one step's own peak without losing
 * the lifetime one.
 */
export class PeakRss {
  private maxKb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.read(), 200);
    this.timer.unref();
  }

  /** The current VmHWM, kept in the lifetime maximum. */
  read(): number {
    const kb = procStatusKb(this.pid, 'VmHWM');
    if (kb > this.maxKb) this.maxKb = kb;
    return kb;
  }

  /** Starts the kernel's peak afresh at the current RSS (clear_refs 5); false where that is not allowed. */
  reset(): boolean {
    this.read();
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  }

  /** The lifetime peak in MB; stops the sampling. */
  finish(): number {
    this.read();
    clearInterval(this.timer);
    return toMb(this.maxKb);
  }
}
