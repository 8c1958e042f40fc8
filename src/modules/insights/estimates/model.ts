/**
 * The shapes of an estimate (docs/domain.md, Estimates): templates with their inputs, the
 * material needs a template computes from them, and the lines and totals an estimate answers.
 */

export const TEMPLATE_IDS = [
  'brick_wall',
  'block_wall',
  'strip_foundation',
  'slab_foundation',
  'floor_screed',
  'wall_plaster',
  'drywall_partition',
  'tiling',
  'painting',
  'laminate',
  'pitched_roof',
  'insulation',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface Label {
  ru: string;
  en: string;
}

/** A window or a door: subtracted from the wall's area `count` times. */
export interface Opening {
  widthM: number;
  heightM: number;
  count: number;
}

export type InputValue = number | string | Opening[];

/** One input of a template, as `GET /estimate-templates` lists it and the parser checks it. */
export interface InputSpec {
  name: string;
  label: Label;
  /** ОКЕИ-style unit (м, мм, м², °, %, кг/м², …); null for choices and counts. */
  unit: string | null;
  /** number: any decimal; integer: whole; choice: one of `values`; openings: `[{widthM, heightM, count}]`. */
  type: 'number' | 'integer' | 'choice' | 'openings';
  min?: number;
  /** Exclusive lower bound (a size must be above 0). */
  minExclusive?: boolean;
  max?: number;
  /** Absent (and not `optional`): the input is required. */
  default?: InputValue;
  /** Absent is fine: the template then works it out from other inputs (bricks per m² from the format's table). */
  optional?: boolean;
  /** How an optional input's value is worked out when absent. */
  defaultFrom?: Label;
  values?: readonly (string | number)[];
  /** Labels of `values`, same order (Russian and English). */
  valueLabels?: readonly Label[];
  /**
   * Decimal places a number may have (3 by default: a line's arithmetic is exact in thousandths);
   * a pack size the catalog states more finely (0.7137 m³) may allow more.
   */
  places?: number;
  /** Set on inputs that are norms (a rate of use, a reserve): where the default comes from. */
  normSource?: string;
}

export type Inputs = Readonly<Record<string, InputValue>>;

/** A size the template derives from its inputs (net wall area, concrete volume, roof area). */
export interface DerivedSize {
  name: string;
  label: Label;
  /** Decimal string, at most 3 places. */
  value: string;
  unit: string;
}

/** A rate of use or a conversion, with where it comes from. */
export interface Norm {
  /** Decimal string. */
  value: string;
  unit: string;
  source: string;
}

/**
 * How a catalog product's sale unit measures in a line's unit: the product's unit must be `unit`,
 * and one sale unit holds `attribute` × `factor` of the line's unit (1 × factor without an
 * attribute). A plaster line in kg, sold by the bag: `{ unit: 'мешок', attribute: 'bag_kg' }`; a
 * profile line in metres sold by the piece: `{ unit: 'шт', attribute: 'length_mm', factor: 0.001 }`.
 */
export interface SaleMeasure {
  unit: string;
  attribute?: string;
  factor?: number;
}

/** Which catalog products can serve a material line: never by name alone (docs/domain.md, Estimates). */
export interface MaterialMatch {
  /** Category slugs; a product in any of them (or their subcategories) may fit. */
  categories: readonly string[];
  /** Attributes the product must have with exactly these values (decimals normalised: '12.5'). */
  attributes?: Readonly<Record<string, string>>;
  /** Alternatives, in order of preference; a product whose unit none of them names does not fit. */
  sale: readonly SaleMeasure[];
}

/** One material a job needs, before any product is chosen. */
export interface MaterialNeed {
  /** The material key of the template contract (`brick`, `masonry_mortar`, …). */
  material: string;
  /** Russian, as the line reads: «Кирпич 1НФ». */
  name: string;
  unit: string;
  /** The arithmetic with the numbers in, in Russian: «12,48 м² × 102 шт/м² = 1 272,96 шт». */
  formula: string;
  norm: Norm;
  /** Further rates the formula uses beyond `norm` (dry mix per m³ of mortar), each with its source. */
  factors?: readonly (Norm & { name: string })[];
  /** Net quantity (before reserve), decimal string with at most 3 places. */
  net: string;
  reservePct: string;
  /** Units of the line in one pack when no product is chosen (a 25 kg bag, a 2.131 m² pack; 1: singly). */
  packSize: string;
  /** A line a builder may do without (insulation in a partition): listed, but not required for «one seller has everything». */
  optional?: boolean;
  match: MaterialMatch;
}

export interface TemplateResult {
  derived: DerivedSize[];
  lines: MaterialNeed[];
}

export interface EstimateTemplate {
  id: TemplateId;
  title: Label;
  description: Label;
  inputs: readonly InputSpec[];
  /** The material keys it can answer, in line order (the contract other clients rely on). */
  materials: readonly string[];
  /**
   * From parsed inputs (defaults filled, types and bounds checked) to sizes and needs. Checks
   * between inputs (an opening larger than its wall) throw `inputError(name, message)`.
   */
  compute(inputs: Inputs): TemplateResult;
}
