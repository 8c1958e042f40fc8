import type { Rng } from './random.js';
import type { SnapProduct } from './snapshot.js';

/**
 * Construction projects and what each stage buys (docs/insights.md, History → Projects): the
 * generator's own knowledge, kept here only — the evaluation reads orders, never this file.
 * Quantities come from the house's size with the usual norms (docs/domain.md, Estimates).
 */

export type StageKind = 'foundation' | 'walls' | 'roof' | 'finishing';
export type ProjectKind = 'house' | 'bath' | 'renovation' | 'reroof';

export interface ProjectSpec {
  kind: ProjectKind;
  /** Floor area, m². */
  area: number;
  floors: number;
  wall: 'brick' | 'aerated' | 'ceramic';
  facing: boolean;
  roof: 'metal' | 'profnastil' | 'ondulin';
  readyConcrete: boolean;
  bagMortar: boolean;
  roofInsulation: boolean;
}

export const STAGES: Record<ProjectKind, StageKind[]> = {
  house: ['foundation', 'walls', 'roof', 'finishing'],
  bath: ['foundation', 'walls', 'roof'],
  renovation: ['finishing'],
  reroof: ['roof'],
};

/** One material of a stage: where to look, which products fit, how much of the product's unit. */
export interface Need {
  slot: string;
  slugs: readonly string[];
  fits?: (p: SnapProduct) => boolean;
  amount: (p: SnapProduct) => number;
}

const has =
  (...words: string[]) =>
  (p: SnapProduct) =>
    words.every((w) => p.name.includes(w));
const unit = (u: string) => (p: SnapProduct) => p.unit === u;
const both =
  (...fs: ((p: SnapProduct) => boolean)[]) =>
  (p: SnapProduct) =>
    fs.every((f) => f(p));

/** Bricks per m² of wall one brick thick by format (docs/domain.md, Estimates: 102 / 78 / 52). */
function bricksPerM2(p: SnapProduct, halfBricks: number): number {
  const per = p.name.includes('2.1НФ') ? 26 : p.name.includes('1.4НФ') ? 39 : 51;
  return per * halfBricks * 1.05;
}

/** Face dimensions of a block from its name (600×250×300 → l 0.6, h 0.25, t 0.3). */
function blockDims(p: SnapProduct): { l: number; h: number; t: number } | null {
  const m = /(\d{3,4})×(\d{3})×(\d{3})/.exec(p.name);
  return m ? { l: Number(m[1]) / 1000, h: Number(m[2]) / 1000, t: Number(m[3]) / 1000 } : null;
}

export function drawSpec(rng: Rng, kind: ProjectKind, company: boolean): ProjectSpec {
  const scale = company ? rng.uniform(1.5, 4) : 1;
  const area =
    kind === 'house'
      ? rng.uniform(80, 200)
      : kind === 'bath'
        ? rng.uniform(16, 40)
        : kind === 'renovation'
          ? rng.uniform(35, 120)
          : rng.uniform(80, 180);
  return {
    kind,
    area: Math.round(area * scale),
    floors: kind === 'house' && rng.chance(0.45) ? 2 : 1,
    wall: rng.pick(['brick', 'aerated', 'aerated', 'ceramic'] as const),
    facing: rng.chance(0.6),
    roof: rng.pick(['metal', 'metal', 'profnastil', 'ondulin'] as const),
    readyConcrete: rng.chance(company ? 0.7 : 0.35),
    bagMortar: rng.chance(0.6),
    roofInsulation: kind === 'house' && rng.chance(0.6),
  };
}

/** What a stage of the project buys. */
export function stageNeeds(stage: StageKind, s: ProjectSpec): Need[] {
  const footprint = s.area / s.floors;
  const perimeter = 4 * Math.sqrt(footprint) * 1.1;
  const strip = perimeter * 1.4;
  const concrete = strip * 0.4 * 1.0;
  const wallArea = perimeter * 2.9 * s.floors * 0.85;
  const openings = Math.max(2, Math.round((wallArea * 0.15) / 0.85 / 2.5));
  const roofArea = footprint * 1.35;
  const inner = s.area * 2.6;
  const wet = 8 + s.area * 0.12;
  const mortarM3 = wallArea * 0.38 * 0.24;
  const mortar: Need[] = s.bagMortar
    ? [{ slot: 'mortar', slugs: ['kladochnye-smesi'], fits: has('кладочная'), amount: () => mortarM3 * 45 }]
    : [
        { slot: 'cement', slugs: ['cement'], fits: both(unit('мешок'), has('50 кг')), amount: () => mortarM3 * 8 },
        { slot: 'sand', slugs: ['pesok'], fits: unit('м³'), amount: () => mortarM3 * 1.1 },
      ];
  switch (stage) {
    case 'foundation':
      return [
        ...(s.readyConcrete
          ? [{ slot: 'concrete', slugs: ['tovarnyj-beton'], fits: has('Бетон'), amount: () => concrete * 1.02 }]
          : [
              {
                slot: 'cement',
                slugs: ['cement'],
                fits: both(unit('мешок'), has('50 кг')),
                amount: () => (concrete * 320) / 50,
              },
              { slot: 'gravel', slugs: ['scheben'], fits: unit('м³'), amount: () => concrete * 0.85 },
            ]),
        { slot: 'sand', slugs: ['pesok'], fits: unit('м³'), amount: () => strip * 0.4 * 0.2 + concrete * 0.5 },
        {
          slot: 'rebar12',
          slugs: ['armatura'],
          fits: (p) => /А500С 1[024] мм/.test(p.name),
          amount: () => strip * 4 * 1.1,
        },
        { slot: 'rebar8', slugs: ['armatura'], fits: has(' 8 мм'), amount: () => (strip / 0.4) * 2.6 },
        { slot: 'wire', slugs: ['provoloka'], amount: () => (strip / 0.4) * 0.04 },
        { slot: 'boards', slugs: ['doska-obreznaya'], amount: () => 2 * strip * 0.025 },
      ];
    case 'walls': {
      const lintels: Need = {
        slot: 'lintel',
        slugs: ['peremychki'],
        amount: () => openings * (s.wall === 'aerated' ? 2 : 3),
      };
      if (s.wall === 'aerated') {
        return [
          {
            slot: 'block',
            slugs: ['gazobetonnye-bloki'],
            fits: (p) => (blockDims(p)?.t ?? 0) >= 0.3,
            amount: (p) => {
              const d = blockDims(p)!;
              return (wallArea / (d.l * d.h)) * 1.05;
            },
          },
          {
            slot: 'glue',
            slugs: ['kladochnye-smesi'],
            fits: has('газобетона'),
            amount: () => wallArea * 0.3,
          },
          { slot: 'rebar8', slugs: ['armatura'], fits: has(' 8 мм'), amount: () => perimeter * s.floors * 3 * 2 },
          lintels,
        ];
      }
      const mesh: Need = {
        slot: 'mesh',
        slugs: ['setka'],
        fits: both(unit('лист'), has('кладочная')),
        amount: () => wallArea / 1.2,
      };
      if (s.wall === 'ceramic') {
        return [
          {
            slot: 'block',
            slugs: ['keramicheskie-bloki'],
            fits: (p) => /Porotherm (38|44|51)|Thermo|Kerakam/.test(p.name),
            amount: () => (wallArea / (0.25 * 0.219)) * 1.05,
          },
          ...mortar,
          mesh,
          lintels,
        ];
      }
      return [
        {
          slot: 'brick',
          slugs: ['kirpich-ryadovoj', 'kirpich-silikatnyj'],
          amount: (p) => wallArea * bricksPerM2(p, s.facing ? 2 : 3),
        },
        ...(s.facing
          ? [
              {
                slot: 'facing',
                slugs: ['kirpich-oblicovochnyj'],
                amount: (p: SnapProduct) => wallArea * bricksPerM2(p, 1),
              },
            ]
          : []),
        ...mortar,
        mesh,
        lintels,
      ];
    }
    case 'roof': {
      const sheet: Need[] =
        s.roof === 'ondulin'
          ? [
              { slot: 'sheet', slugs: ['ondulin'], fits: has('Ондулин', 'мм'), amount: () => roofArea / 1.5 },
              { slot: 'nails', slugs: ['ondulin'], fits: has('Гвозди'), amount: () => (roofArea / 1.5) * 0.2 },
              { slot: 'ridge', slugs: ['ondulin'], fits: has('Конёк'), amount: () => Math.sqrt(footprint) * 1.1 },
            ]
          : [
              {
                slot: 'sheet',
                slugs: [s.roof === 'metal' ? 'metallocherepica' : 'profnastil'],
                amount: () => roofArea * 1.15,
              },
              { slot: 'screws', slugs: ['samorezy'], fits: has('кровельный'), amount: () => (roofArea * 8) / 250 },
            ];
      return [
        ...sheet,
        {
          slot: 'membrane',
          slugs: ['plenki-i-membrany'],
          fits: (p) => /мембрана|Ютафол|Изоспан D/.test(p.name),
          amount: () => (roofArea * 1.15) / 70,
        },
        { slot: 'batten', slugs: ['brus'], fits: has('Брусок'), amount: () => roofArea * 0.95 },
        {
          slot: 'rafter',
          slugs: ['brus'],
          fits: (p) => p.name.startsWith('Брус '),
          amount: () => (Math.sqrt(footprint) / 0.6) * 2,
        },
        ...(s.roofInsulation
          ? [
              {
                slot: 'wool',
                slugs: ['kamennaya-vata'],
                fits: (p: SnapProduct) => /Лайт|Роклайт|Технолайт/.test(p.name),
                amount: () => (roofArea * 0.2) / 0.3,
              },
              {
                slot: 'vapour',
                slugs: ['plenki-i-membrany'],
                fits: (p: SnapProduct) => /Пароизоляция|Изоспан D|Плёнка/.test(p.name),
                amount: () => roofArea / 70,
              },
            ]
          : []),
      ];
    }
    case 'finishing':
      return [
        { slot: 'plaster', slugs: ['shtukaturki'], fits: has('гипсовая', '30 кг'), amount: () => inner * 0.3 },
        { slot: 'primer', slugs: ['gruntovki'], fits: unit('л'), amount: () => inner * 0.3 },
        { slot: 'paint', slugs: ['kraski-interernye'], amount: () => inner * 0.8 * 2 * 0.12 },
        { slot: 'floor-tile', slugs: ['plitka-napolnaya', 'keramogranit'], amount: () => wet * 1.1 },
        { slot: 'wall-tile', slugs: ['plitka-nastennaya'], amount: () => wet * 1.6 * 1.1 },
        { slot: 'tile-glue', slugs: ['plitochnyj-klej'], amount: () => (wet * 2.6 * 1.1 * 4.2) / 25 },
        { slot: 'grout', slugs: ['zatirki'], amount: () => (wet * 2.6 * 0.25) / 2 },
      ];
  }
}

/** Small things bought alongside (tools, fasteners, foam), so baskets are not pure project lists. */
export const EXTRA_SLUGS = [
  'ruchnoj-instrument',
  'osnastka',
  'dyubeli',
  'ankery',
  'gvozdi',
  'montazhnaya-pena',
  'germetiki',
] as const;
