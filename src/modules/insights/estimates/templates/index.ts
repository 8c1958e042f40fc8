/** Every estimate template, in the order the contract lists them (docs/domain.md, Estimates). */
import type { EstimateTemplate, TemplateId } from '../model.js';
import { TEMPLATE_IDS } from '../model.js';
import { FOUNDATION_TEMPLATES } from './foundations.js';
import { MASONRY_TEMPLATES } from './masonry.js';
import { MIX_TEMPLATES } from './mixes.js';

const ALL: readonly EstimateTemplate[] = [...MASONRY_TEMPLATES, ...FOUNDATION_TEMPLATES, ...MIX_TEMPLATES];

export const TEMPLATES: readonly EstimateTemplate[] = TEMPLATE_IDS.flatMap((id) => ALL.filter((t) => t.id === id));

export function templateById(id: string): EstimateTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export type { TemplateId };
