/** Every estimate template, in the order the contract lists them (docs/domain.md, Estimates). */
import type { EstimateTemplate, TemplateId } from '../model.js';
import { TEMPLATE_IDS } from '../model.js';
import { DRYWALL_TEMPLATES } from './drywall.js';
import { FOUNDATION_TEMPLATES } from './foundations.js';
import { MASONRY_TEMPLATES } from './masonry.js';
import { MIX_TEMPLATES } from './mixes.js';
import { ROOF_TEMPLATES } from './roof.js';
import { SURFACE_TEMPLATES } from './surfaces.js';

const ALL: readonly EstimateTemplate[] = [
  ...MASONRY_TEMPLATES,
  ...FOUNDATION_TEMPLATES,
  ...MIX_TEMPLATES,
  ...DRYWALL_TEMPLATES,
  ...SURFACE_TEMPLATES,
  ...ROOF_TEMPLATES,
];

export const TEMPLATES: readonly EstimateTemplate[] = TEMPLATE_IDS.flatMap((id) => ALL.filter((t) => t.id === id));

export function templateById(id: string): EstimateTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export type { TemplateId };
