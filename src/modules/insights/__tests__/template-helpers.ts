/** Shared by the template tests: one job computed, a line by its key, and the 400's field paths. */
import { expect } from 'vitest';
import { ValidationError } from '../../../shared/errors.js';
import { computeJobs, type ComputedJob, type ComputedLine, type JobRequest } from '../estimates/jobs.js';

export function job(template: string, inputs: Record<string, unknown>): ComputedJob {
  return computeJobs([{ template, inputs }])[0]!;
}

export function line(j: ComputedJob, material: string): ComputedLine {
  const found = j.lines.find((l) => l.material === material);
  if (!found) throw new Error(`no ${material} line in ${j.template}: ${j.lines.map((l) => l.material).join(', ')}`);
  return found;
}

export function derived(j: ComputedJob): Record<string, string> {
  return Object.fromEntries(j.derived.map((d) => [d.name, d.value]));
}

/** The paths of the ValidationError computing these jobs throws (fails when nothing is thrown). */
export function badPaths(jobs: JobRequest[]): string[] {
  try {
    computeJobs(jobs);
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).errors.map((e) => e.path);
  }
  throw new Error('expected a validation error');
}

export const bad = (template: string, inputs: Record<string, unknown>): string[] => badPaths([{ template, inputs }]);
