import { boxM3, spec, type ProductSpec } from './demo-product-spec.js';

/** Brick formats (ГОСТ 530-2012): nominal height and the usual pallet of a hollow brick. */
const BRICK_FORMATS = {
  '1НФ': { height: 65, pallet: 480 },
  '1.4НФ': { height: 88, pallet: 352 },
  '2.1НФ': { height: 140, pallet: 240 },
} as const;
type BrickFormat = keyof typeof BRICK_FORMATS;

interface BrickInput {
  category: string;
  kind: string;
  brand: string;
  format: BrickFormat;
  strength: string;
  body: 'пустотелый' | 'полнотелый';
  color: string;
  texture?: string;
  weightKg: number;
  priceRub: number;
  pallet?: number;
}

function brick(b: BrickInput): ProductSpec {
  const f = BRICK_FORMATS[b.format];
  const pallet = b.pallet ?? f.pallet;
  const texture = b.texture ? `, ${b.texture}` : '';
  return spec({
    group: 'BRK',
    category: b.category,
    name: `Кирпич ${b.kind} ${b.brand} ${b.format} ${b.strength} ${b.body}, ${b.color}${texture}`,
    brand: b.brand,
    description:
      `Кирпич ${b.kind} ${b.body} формата ${b.format} (250×120×${f.height} мм), марка прочности ${b.strength}, ` +
      `морозостойкость F100. Поставляется поддонами по ${pallet} шт.`,
    unit: 'шт',
    packSize: pallet,
    weightKg: b.weightKg,
    volumeM3: boxM3(250, 120, f.height),
    attributes: {
      format: b.format,
      strength: b.strength,
      body: b.body,
      color: b.color,
      texture: b.texture,
      frost_resistance: 'F100',
      length_mm: 250,
      width_mm: 120,
      height_mm: f.height,
      per_pallet: pallet,
    },
    priceRub: b.priceRub,
  });
}

function bricks(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const facing = 'kirpich-oblicovochnyj';
  for (const format of ['1НФ', '1.4НФ'] as const) {
    for (const [color, extra] of [
      ['красный', 0],
      ['солома', 2],
      ['коричневый', 3],
      ['баварская кладка', 7],
    ] as const) {
      for (const texture of ['гладкий', 'рустик']) {
        const base = format === '1НФ' ? 52 : 64;
        out.push(
          brick({
            category: facing,
            kind: 'керамический облицовочный',
            brand: 'Braer',
            format,
            strength: 'М150',
            body: 'пустотелый',
            color,
            texture,
            weightKg: format === '1НФ' ? 2.2 : 2.8,
            priceRub: base + extra + (texture === 'рустик' ? 4 : 0),
          }),
        );
      }
    }
  }
  for (const [color, price] of [
    ['красный', 41],
    ['терракот', 43],
    ['светлый', 45],
    ['коричневый флеш', 48],
  ] as const) {
    out.push(
      brick({
        category: facing,
        kind: 'керамический облицовочный',
        brand: 'ЛСР',
        format: '1НФ',
        strength: 'М175',
        body: 'пустотелый',
        color,
        weightKg: 2.3,
        priceRub: price,
      }),
    );
  }
  for (const [color, price] of [
    ['красный', 58],
    ['терракот', 60],
    ['бавария', 66],
    ['белый', 69],
  ] as const) {
    out.push(
      brick({
        category: facing,
        kind: 'керамический облицовочный',
        brand: 'Кетра',
        format: '1.4НФ',
        strength: 'М150',
        body: 'пустотелый',
        color,
        texture: 'гладкий',
        weightKg: 2.9,
        priceRub: price,
      }),
    );
  }

  const ordinary: [string, BrickFormat, string, 'пустотелый' | 'полнотелый', number, number, number?][] = [
    ['ЛСР', '1НФ', 'М150', 'полнотелый', 3.5, 27, 400],
    ['ЛСР', '1НФ', 'М200', 'полнотелый', 3.6, 32, 400],
    ['ЛСР', '1НФ', 'М150', 'пустотелый', 2.6, 22],
    ['ЛСР', '1.4НФ', 'М150', 'пустотелый', 3.2, 28],
    ['ЛСР', '1.4НФ', 'М175', 'пустотелый', 3.3, 30],
    ['ЛСР', '2.1НФ', 'М150', 'пустотелый', 4.9, 42],
    ['Голицынский КЗ', '1НФ', 'М125', 'полнотелый', 3.4, 25, 400],
    ['Голицынский КЗ', '1НФ', 'М150', 'полнотелый', 3.5, 28, 400],
    ['Голицынский КЗ', '1НФ', 'М175', 'полнотелый', 3.6, 30, 400],
    ['Голицынский КЗ', '1.4НФ', 'М150', 'пустотелый', 3.1, 29],
    ['Голицынский КЗ', '2.1НФ', 'М175', 'пустотелый', 5.0, 44],
  ];
  for (const [brand, format, strength, body, weightKg, priceRub, pallet] of ordinary) {
    out.push(
      brick({
        category: 'kirpich-ryadovoj',
        kind: 'керамический рядовой',
        brand,
        format,
        strength,
        body,
        color: 'красный',
        weightKg,
        priceRub,
        pallet,
      }),
    );
  }

  for (const format of ['1НФ', '1.4НФ'] as const) {
    for (const body of ['полнотелый', 'пустотелый'] as const) {
      for (const strength of ['М150', 'М200']) {
        const weightKg = (format === '1НФ' ? 3.7 : 5.0) - (body === 'пустотелый' ? 0.6 : 0);
        const priceRub = (format === '1НФ' ? 21 : 27) + (body === 'полнотелый' ? 2 : 0) + (strength === 'М200' ? 2 : 0);
        out.push(
          brick({
            category: 'kirpich-silikatnyj',
            kind: 'силикатный',
            brand: 'ЛСР',
            format,
            strength,
            body,
            color: 'белый',
            weightKg,
            priceRub,
            pallet: format === '1НФ' ? 380 : 280,
          }),
        );
      }
    }
  }
  for (const color of ['жёлтый', 'персиковый']) {
    out.push(
      brick({
        category: 'kirpich-silikatnyj',
        kind: 'силикатный лицевой',
        brand: 'ЛСР',
        format: '1.4НФ',
        strength: 'М175',
        body: 'пустотелый',
        color,
        weightKg: 4.3,
        priceRub: 36,
        pallet: 280,
      }),
    );
  }

  for (const [mark, size, weightKg, priceRub] of [
    ['ШБ-5', [230, 114, 65], 3.4, 78],
    ['ШБ-8', [250, 124, 65], 3.8, 86],
    ['ША-5', [230, 114, 65], 3.5, 88],
    ['ША-8', [250, 124, 65], 3.9, 96],
  ] as const) {
    out.push(
      spec({
        group: 'BRK',
        category: 'kirpich-shamotnyj',
        name: `Кирпич шамотный огнеупорный ${mark} ${size.join('×')} мм`,
        brand: 'Боровичский комбинат огнеупоров',
        description: `Огнеупорный шамотный кирпич марки ${mark} для кладки печей, каминов и топок; до 1350 °C.`,
        unit: 'шт',
        packSize: 300,
        weightKg,
        volumeM3: boxM3(size[0], size[1], size[2]),
        attributes: {
          grade: mark,
          length_mm: size[0],
          width_mm: size[1],
          height_mm: size[2],
          max_temperature_c: 1350,
          per_pallet: 300,
        },
        priceRub,
      }),
    );
  }
  return out;
}

/** Aerated concrete: strength class by density (ГОСТ 31360-2007), typical for each grade. */
const AERATED_CLASS: Record<string, string> = { D400: 'B2,5', D500: 'B3,5', D600: 'B5' };

function aeratedBlock(
  category: string,
  brand: string,
  density: 'D400' | 'D500' | 'D600',
  length: number,
  thickness: number,
  rubPerM3: number,
): ProductSpec {
  const height = 250;
  const volume = boxM3(length, height, thickness);
  // Blocks ship at about 20 % moisture above their dry density.
  const weightKg = volume * Number(density.slice(1)) * 1.2;
  const perPallet = Math.floor(1.8 / volume);
  return spec({
    group: 'GBT',
    category,
    name: `Газобетонный блок ${brand} ${density} ${length}×${height}×${thickness}`,
    brand,
    description:
      `Автоклавный газобетонный блок ${length}×${height}×${thickness} мм, плотность ${density}, ` +
      `класс прочности ${AERATED_CLASS[density]}. Кладка на клей, шов 2–3 мм.`,
    unit: 'шт',
    weightKg,
    volumeM3: volume,
    attributes: {
      density,
      strength_class: AERATED_CLASS[density],
      length_mm: length,
      height_mm: height,
      thickness_mm: thickness,
      per_pallet: perPallet,
    },
    priceRub: Math.round(rubPerM3 * volume),
    ean: false,
  });
}

function blocks(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const wall = 'gazobetonnye-bloki';
  for (const density of ['D400', 'D500'] as const) {
    for (const t of [200, 250, 300, 375, 400]) out.push(aeratedBlock(wall, 'Bonolit', density, 600, t, 7000));
  }
  for (const t of [200, 300]) out.push(aeratedBlock(wall, 'Bonolit', 'D600', 600, t, 6800));
  for (const density of ['D400', 'D500'] as const) {
    for (const t of [200, 250, 300, 375]) out.push(aeratedBlock(wall, 'Ytong', density, 625, t, 9400));
  }
  for (const t of [200, 250, 300, 375]) out.push(aeratedBlock(wall, 'AEROC', 'D500', 625, t, 7200));
  for (const t of [200, 250, 300]) out.push(aeratedBlock(wall, 'ЛСР', 'D500', 625, t, 6600));
  const partition = 'peregorodochnye-bloki';
  for (const t of [75, 100, 150]) out.push(aeratedBlock(partition, 'Bonolit', 'D500', 600, t, 7600));
  for (const t of [100, 150]) out.push(aeratedBlock(partition, 'Ytong', 'D500', 625, t, 9900));
  out.push(aeratedBlock(partition, 'AEROC', 'D500', 625, 100, 7800));

  const ceramic: [string, string, string, [number, number, number], number, number, number][] = [
    ['Porotherm 38', 'Wienerberger', '10.7НФ', [380, 250, 219], 17.4, 335, 64],
    ['Porotherm 44', 'Wienerberger', '12.4НФ', [440, 250, 219], 20.6, 405, 56],
    ['Porotherm 51', 'Wienerberger', '14.3НФ', [510, 250, 219], 24.0, 475, 48],
    ['Porotherm 25', 'Wienerberger', '10.7НФ', [250, 380, 219], 16.9, 310, 80],
    ['Porotherm 12', 'Wienerberger', '4.5НФ', [500, 120, 219], 9.1, 165, 100],
    ['Braer Ceramic Thermo', 'Braer', '10.7НФ', [380, 250, 219], 16.5, 305, 64],
    ['Braer Ceramic Thermo', 'Braer', '12.35НФ', [440, 250, 219], 19.5, 370, 56],
    ['Braer Ceramic Thermo', 'Braer', '14.3НФ', [510, 250, 219], 22.8, 440, 48],
    ['Kerakam 38 SuperThermo', 'Kerakam', '10.7НФ', [380, 250, 219], 17.0, 320, 64],
    ['Kerakam 51', 'Kerakam', '14.3НФ', [510, 250, 219], 23.5, 455, 48],
  ];
  for (const [model, brand, format, [l, w, h], weightKg, priceRub, pallet] of ceramic) {
    out.push(
      spec({
        group: 'KBL',
        category: 'keramicheskie-bloki',
        name: `Керамический блок ${model} ${format} М100 ${l}×${w}×${h}`,
        brand,
        description:
          `Крупноформатный поризованный керамический блок ${l}×${w}×${h} мм (${format}), марка М100, ` +
          `паз-гребень. Поставляется поддонами по ${pallet} шт.`,
        unit: 'шт',
        packSize: pallet,
        weightKg,
        volumeM3: boxM3(l, w, h),
        attributes: {
          format,
          strength: 'М100',
          length_mm: l,
          thickness_mm: w,
          height_mm: h,
          per_pallet: pallet,
        },
        priceRub,
      }),
    );
  }

  for (const [kind, body, w, weightKg, priceRub] of [
    ['стеновой', 'полнотелый', 190, 17.5, 78],
    ['стеновой', 'пустотелый', 190, 14.0, 66],
    ['перегородочный', 'пустотелый', 120, 10.0, 52],
    ['перегородочный', 'пустотелый', 90, 8.0, 42],
  ] as const) {
    out.push(
      spec({
        group: 'KBL',
        category: 'keramzitobetonnye-bloki',
        name: `Керамзитобетонный блок ${kind} ${body} 390×${w}×188`,
        brand: null,
        description: `Керамзитобетонный блок ${kind}, ${body}, 390×${w}×188 мм, марка М50.`,
        unit: 'шт',
        weightKg,
        volumeM3: boxM3(390, w, 188),
        attributes: { strength: 'М50', body, length_mm: 390, thickness_mm: w, height_mm: 188, per_pallet: 90 },
        priceRub,
      }),
    );
  }
  return out;
}

export const WALL_PRODUCTS: readonly ProductSpec[] = [...bricks(), ...blocks()];
