/** A drywall partition on a steel frame (docs/domain.md, Estimates: norms of drywall partitions). */
import { inputError, netWallArea, read } from '../inputs.js';
import type { EstimateTemplate, InputSpec, MaterialNeed, TemplateResult } from '../model.js';
import { ceil3, round3, ru } from '../quantity.js';
import { OPENINGS_INPUT, normInput, sizeInput } from './common.js';

const KNAUF_C111 = 'КНАУФ, комплектная система С 111 (перегородка на каркасе ПС/ПН)';
const STUD_STEP_SOURCE = `${KNAUF_C111}: стойки ПС с шагом 600 мм`;
const SCREWS_SOURCE = `${KNAUF_C111}: 29 шурупов TN 25 на 1 м² перегородки с двух сторон (2 м² листа) ≈ 15 шт на 1 м² листа`;
const SHEET_RESERVE_SOURCE = 'Запас листов на подрезку: 10 % (нормы TUTUU Market)';
const PROFILE_RESERVE_SOURCE = 'Запас профиля на подрезку: 5 % (нормы TUTUU Market)';
const DOWEL_STEP_SOURCE =
  'Крепление каркаса к полу, потолку и стенам дюбелями: шаг 500 мм (КНАУФ допускает не более 1000 мм)';
const FASTENER_RESERVE_SOURCE = 'Запас шурупов и дюбелей на потери: 5 %';
const INSULATION_RESERVE_SOURCE = 'Утеплитель: объём × 1,05 (нормы TUTUU Market)';

/** Frame width → the stud (ПС) and track (ПН) sizes sold for it. */
const PROFILE_SIZES: Record<number, { stud: string; track: string }> = {
  50: { stud: '50×50', track: '50×40' },
  75: { stud: '75×50', track: '75×40' },
  100: { stud: '100×50', track: '100×40' },
};

const inputs: readonly InputSpec[] = [
  sizeInput('lengthM', 'Длина перегородки', 'Partition length', 'м', 1000),
  sizeInput('heightM', 'Высота перегородки', 'Partition height', 'м', 20),
  {
    name: 'sides',
    label: { ru: 'Обшивка сторон', en: 'Sides sheathed' },
    unit: null,
    type: 'choice',
    values: [1, 2],
    valueLabels: [
      { ru: 'с одной стороны', en: 'one side' },
      { ru: 'с двух сторон', en: 'both sides' },
    ],
    default: 2,
  },
  {
    name: 'layers',
    label: { ru: 'Слоёв листов на сторону', en: 'Layers of sheets per side' },
    unit: null,
    type: 'choice',
    values: [1, 2],
    valueLabels: [
      { ru: 'один слой', en: 'one layer' },
      { ru: 'два слоя', en: 'two layers' },
    ],
    default: 1,
  },
  // At least 10 cm: a sheet's area is divided by, in thousandths of m².
  { ...sizeInput('sheetWidthM', 'Ширина листа', 'Sheet width', 'м', 3, 1.2), min: 0.1, minExclusive: false },
  { ...sizeInput('sheetHeightM', 'Длина листа', 'Sheet length', 'м', 5, 2.5), min: 0.1, minExclusive: false },
  OPENINGS_INPUT,
  {
    name: 'sheetType',
    label: { ru: 'Тип листа', en: 'Sheet type' },
    unit: null,
    type: 'choice',
    values: ['ГКЛ', 'ГКЛВ', 'ГКЛО', 'ГКЛВО'],
    valueLabels: [
      { ru: 'обычный', en: 'regular' },
      { ru: 'влагостойкий', en: 'moisture resistant' },
      { ru: 'огнестойкий', en: 'fire resistant' },
      { ru: 'влагоогнестойкий', en: 'moisture and fire resistant' },
    ],
    default: 'ГКЛ',
  },
  {
    name: 'sheetThicknessMm',
    label: { ru: 'Толщина листа', en: 'Sheet thickness' },
    unit: 'мм',
    type: 'choice',
    values: [9.5, 12.5],
    default: 12.5,
  },
  {
    name: 'profileWidthMm',
    label: { ru: 'Ширина каркаса (профили ПС/ПН)', en: 'Frame width (ПС/ПН profiles)' },
    unit: 'мм',
    type: 'choice',
    values: [50, 75, 100],
    default: 50,
  },
  {
    name: 'insulationThicknessMm',
    label: { ru: 'Утеплитель в каркасе (0 — без него)', en: 'Insulation in the frame (0: none)' },
    unit: 'мм',
    type: 'choice',
    values: [0, 50, 100],
    default: 50,
  },
  { ...normInput('studStepM', 'Шаг стоек', 'Stud spacing', 'м', STUD_STEP_SOURCE, 1.2, 0.6), minExclusive: true },
  {
    name: 'studLengthM',
    label: { ru: 'Длина профиля ПС в поставке', en: 'Stud profile length as sold' },
    unit: 'м',
    type: 'choice',
    values: [2.75, 3, 4],
    default: 3,
  },
  normInput('screwsPerM2', 'Шурупов на 1 м² листа', 'Screws per m² of sheet', 'шт/м²', SCREWS_SOURCE, 100, 15),
  normInput('sheetReservePct', 'Запас листов', 'Sheet reserve', '%', SHEET_RESERVE_SOURCE, 50, 10),
  normInput('profileReservePct', 'Запас профиля', 'Profile reserve', '%', PROFILE_RESERVE_SOURCE, 50, 5),
  {
    ...normInput('dowelStepM', 'Шаг дюбелей', 'Dowel spacing', 'м', DOWEL_STEP_SOURCE, 2, 0.5),
    minExclusive: true,
  },
  normInput('fastenerReservePct', 'Запас крепежа', 'Fastener reserve', '%', FASTENER_RESERVE_SOURCE, 50, 5),
  normInput('insulationReservePct', 'Запас утеплителя', 'Insulation reserve', '%', INSULATION_RESERVE_SOURCE, 50, 5),
];

/** Metres as the catalog's whole millimetres ('2500'). */
const mm = (m: number): string => String(Math.round(m * 1000));

export const drywallPartition: EstimateTemplate = {
  id: 'drywall_partition',
  title: { ru: 'Перегородка из гипсокартона', en: 'Drywall partition' },
  description: {
    ru: 'Перегородка на металлическом каркасе из стоечных (ПС) и направляющих (ПН) профилей, обшитая листами, за вычетом проёмов; утеплитель в каркасе — по желанию.',
    en: 'A partition on a steel frame of studs (ПС) and tracks (ПН) sheathed with drywall, less the openings; insulation in the frame is optional.',
  },
  inputs,
  materials: ['drywall_sheet', 'stud_profile', 'track_profile', 'screws', 'dowels', 'insulation'],
  compute(inputs): TemplateResult {
    const lengthM = read.num(inputs, 'lengthM');
    const heightM = read.num(inputs, 'heightM');
    const sides = read.num(inputs, 'sides');
    const layers = read.num(inputs, 'layers');
    const sheetW = read.num(inputs, 'sheetWidthM');
    const sheetH = read.num(inputs, 'sheetHeightM');
    const sheetType = read.str(inputs, 'sheetType');
    const sheetThickness = read.num(inputs, 'sheetThicknessMm');
    const profileWidth = read.num(inputs, 'profileWidthMm');
    const insulationMm = read.num(inputs, 'insulationThicknessMm');
    const studStep = read.num(inputs, 'studStepM');
    const screwsPerM2 = read.num(inputs, 'screwsPerM2');
    const dowelStep = read.num(inputs, 'dowelStepM');
    const profiles = PROFILE_SIZES[profileWidth];
    if (!profiles) throw inputError('profileWidthMm', `no such frame width: ${profileWidth}`);
    if (insulationMm > profileWidth) {
      throw inputError('insulationThicknessMm', `thicker than the frame (${profileWidth} mm)`);
    }

    const { grossAreaM2, openingsAreaM2, netAreaM2 } = netWallArea(lengthM, heightM, read.openings(inputs));
    const area = round3(netAreaM2);
    const sheetArea = round3(sheetW * sheetH);
    const sheathing = round3(Number(area) * sides * layers);
    const studs = Math.ceil(Number((lengthM / studStep).toFixed(6))) + 1;
    // A stud is whole pieces of profile (a wall higher than a piece joins two): cut-offs are not reused.
    const studLength = read.num(inputs, 'studLengthM');
    const piecesPerStud = Math.ceil(Number((heightM / studLength).toFixed(6)));
    const studM = round3(studs * piecesPerStud * studLength);
    const trackM = round3(2 * lengthM);
    const profileReserve = round3(read.num(inputs, 'profileReservePct'));
    const profileSale = [{ unit: 'шт', attribute: 'length_mm', factor: 0.001 }] as const;

    const lines: MaterialNeed[] = [
      {
        material: 'drywall_sheet',
        name: `Лист ${sheetType} ${ru(sheetThickness)} мм ${mm(sheetH)}×${mm(sheetW)}`,
        unit: 'лист',
        formula: `${ru(area)} м² × ${sides} стор. × ${layers} сл. ÷ ${ru(sheetArea)} м² листа`,
        norm: { value: sheetArea, unit: 'м²/лист', source: 'Площадь листа: длина × ширина' },
        net: ceil3(Number(sheathing) / Number(sheetArea)),
        reservePct: round3(read.num(inputs, 'sheetReservePct')),
        packSize: '1',
        match: {
          categories: ['gipsokarton'],
          attributes: {
            type: sheetType,
            thickness_mm: String(sheetThickness),
            length_mm: mm(sheetH),
            width_mm: mm(sheetW),
          },
          sale: [{ unit: 'лист' }],
        },
      },
      {
        material: 'stud_profile',
        name: `Профиль стоечный ПС ${profiles.stud}`,
        unit: 'м',
        formula:
          `(⌈${ru(lengthM)} м ÷ ${ru(studStep)} м⌉ + 1) = ${studs} стоек × ⌈${ru(heightM)} м ÷ ${ru(studLength)} м⌉ = ` +
          `${piecesPerStud} шт × ${ru(studLength)} м`,
        norm: { value: String(studStep), unit: 'м', source: STUD_STEP_SOURCE },
        net: studM,
        reservePct: profileReserve,
        packSize: String(studLength),
        match: {
          categories: ['profili-dlya-gkl'],
          attributes: { type: 'ПС', size: profiles.stud, length_mm: mm(studLength) },
          sale: profileSale,
        },
      },
      {
        material: 'track_profile',
        name: `Профиль направляющий ПН ${profiles.track}`,
        unit: 'м',
        formula: `2 × ${ru(lengthM)} м (пол и потолок)`,
        norm: { value: '2', unit: 'м/м', source: `${KNAUF_C111}: направляющие по полу и потолку` },
        net: trackM,
        reservePct: profileReserve,
        packSize: '3',
        match: {
          categories: ['profili-dlya-gkl'],
          attributes: { type: 'ПН', size: profiles.track },
          sale: profileSale,
        },
      },
      {
        material: 'screws',
        name: `Саморезы по металлу для ГКЛ ${layers === 2 ? '3,5×35' : '3,5×25'} мм`,
        unit: 'шт',
        formula: `${ru(sheathing)} м² листа × ${ru(screwsPerM2)} шт/м²`,
        norm: { value: String(screwsPerM2), unit: 'шт/м²', source: SCREWS_SOURCE },
        net: ceil3(Number(sheathing) * screwsPerM2),
        reservePct: round3(read.num(inputs, 'fastenerReservePct')),
        packSize: '1000',
        // Screws for drywall on steel, the second layer needing the longer one.
        match: {
          categories: ['samorezy'],
          attributes: { purpose: 'гкл', size: layers === 2 ? '3.5×35' : '3.5×25' },
          sale: [{ unit: 'упак', attribute: 'pcs_per_pack' }],
        },
      },
      {
        material: 'dowels',
        name: 'Дюбель-гвозди 6×40 мм',
        unit: 'шт',
        // Tracks to the floor and the ceiling, the end studs to the walls.
        formula: `(2 × ${ru(lengthM)} м + 2 × ${ru(heightM)} м) ÷ ${ru(dowelStep)} м`,
        norm: { value: String(dowelStep), unit: 'м', source: DOWEL_STEP_SOURCE },
        net: ceil3((2 * lengthM + 2 * heightM) / dowelStep),
        reservePct: round3(read.num(inputs, 'fastenerReservePct')),
        packSize: '100',
        match: {
          categories: ['dyubeli'],
          attributes: { size: '6×40' },
          sale: [{ unit: 'упак', attribute: 'pcs_per_pack' }],
        },
      },
    ];
    const derived = [
      {
        name: 'grossAreaM2',
        label: { ru: 'Площадь перегородки', en: 'Partition area' },
        value: round3(grossAreaM2),
        unit: 'м²',
      },
      { name: 'openingsAreaM2', label: { ru: 'Проёмы', en: 'Openings' }, value: round3(openingsAreaM2), unit: 'м²' },
      { name: 'netAreaM2', label: { ru: 'Площадь за вычетом проёмов', en: 'Net area' }, value: area, unit: 'м²' },
      { name: 'sheathingAreaM2', label: { ru: 'Площадь обшивки', en: 'Sheathing area' }, value: sheathing, unit: 'м²' },
      { name: 'studCount', label: { ru: 'Стоек', en: 'Studs' }, value: String(studs), unit: 'шт' },
    ];
    if (insulationMm > 0) {
      const volume = round3(Number(area) * (insulationMm / 1000));
      derived.push({
        name: 'insulationM3',
        label: { ru: 'Объём утеплителя', en: 'Insulation volume' },
        value: volume,
        unit: 'м³',
      });
      lines.push({
        material: 'insulation',
        name: `Утеплитель минераловатный ${insulationMm} мм`,
        unit: 'м³',
        formula: `${ru(area)} м² × ${ru(insulationMm / 1000)} м`,
        norm: { value: String(insulationMm), unit: 'мм', source: 'Толщина утеплителя: не больше ширины каркаса' },
        net: volume,
        reservePct: round3(read.num(inputs, 'insulationReservePct')),
        packSize: '0.36',
        optional: true,
        match: {
          categories: ['kamennaya-vata', 'steklovata'],
          attributes: { thickness_mm: String(insulationMm) },
          sale: [
            { unit: 'упак', attribute: 'pack_volume_m3' },
            { unit: 'рулон', attribute: 'pack_volume_m3' },
          ],
        },
      });
    }
    return { derived, lines };
  },
};

export const DRYWALL_TEMPLATES: readonly EstimateTemplate[] = [drywallPartition];
