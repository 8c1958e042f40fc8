/**
 * From described jobs to material lines, before any product is chosen: each job's inputs are
 * checked against its template, its sizes derived and its needs computed; the reserve is applied
 * once and the quantity rounded up to whole packs (docs/domain.md, Estimates).
 */
import { ValidationError } from '../../../shared/errors.js';
import { InputError, parseInputs } from './inputs.js';
import type { DerivedSize, Inputs, MaterialNeed, TemplateId } from './model.js';
import { packsOf, withReserve } from './quantity.js';
import { templateById, TEMPLATES } from './templates/index.js';

/** The most jobs one estimate may describe: a house, not a district. */
export const MAX_JOBS = 50;

export interface JobRequest {
  template: string;
  inputs?: Record<string, unknown> | undefined;
  /** The customer's name for the job («Стены первого этажа»); the template's title when absent. */
  title?: string | undefined;
}

export interface ComputedLine extends Omit<MaterialNeed, 'optional'> {
  optional: boolean;
  /** net × (1 + reservePct/100), rounded up to 3 places. */
  quantity: string;
  /** ceil(quantity / packSize). */
  packs: number;
}

export interface ComputedJob {
  index: number;
  template: TemplateId;
  title: string;
  /** The inputs as used: given ones, parsed, and the defaults of the rest. */
  inputs: Inputs;
  derived: DerivedSize[];
  lines: ComputedLine[];
}

export function computeJobs(jobs: readonly JobRequest[]): ComputedJob[] {
  if (jobs.length === 0) throw new ValidationError([{ path: 'jobs', message: 'describe at least one job' }]);
  if (jobs.length > MAX_JOBS) throw new ValidationError([{ path: 'jobs', message: `at most ${MAX_JOBS} jobs` }]);
  return jobs.map((job, index) => computeJob(job, index));
}

export function computeJob(job: JobRequest, index: number): ComputedJob {
  const template = templateById(job.template);
  if (!template) {
    throw new ValidationError([
      { path: `jobs.${index}.template`, message: `unknown template; known: ${TEMPLATES.map((t) => t.id).join(', ')}` },
    ]);
  }
  const prefix = `jobs.${index}.inputs`;
  const inputs = parseInputs(template, job.inputs, prefix);
  let result;
  try {
    result = template.compute(inputs);
  } catch (err) {
    if (err instanceof InputError) {
      throw new ValidationError(err.errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` })));
    }
    throw err;
  }
  return {
    index,
    template: template.id,
    title: job.title?.trim() || template.title.ru,
    inputs,
    derived: result.derived,
    lines: result.lines.map((need) => lineOf(need)),
  };
}

/** A need as a line: the reserve once, then whole packs. */
export function lineOf(need: MaterialNeed, quantityOverride?: string): ComputedLine {
  const quantity = quantityOverride ?? withReserve(need.net, need.reservePct);
  return { ...need, optional: need.optional ?? false, quantity, packs: packsOf(quantity, need.packSize) };
}
