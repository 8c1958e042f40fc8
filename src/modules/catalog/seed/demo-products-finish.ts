import { ruNum, spec, type ProductSpec } from './demo-product-spec.js';

interface TileInput {
  category: string;
  kind: string;
  brand: string;
  collection: string;
  size: [number, number];
  thickness: number;
  color: string;
  surface: string;
  pcs: number;
  priceRub: number;
}

function tile(t: TileInput): ProductSpec {
  const [a, b] = t.size;
  const packM2 = Number(((a * b * t.pcs) / 1e6).toFixed(3));
  return spec({
    group: 'PLT',
    category: t.category,
    name: `${t.kind} ${t.brand} ${t.collection} ${a}×${b} ${t.color}, ${t.surface}`,
    brand: t.brand,
    description:
      `${t.kind} ${t.brand}, коллекция ${t.collection}, ${a}×${b}×${t.thickness} мм, ${t.surface} поверхность. ` +
      `В коробке ${t.pcs} шт, ${ruNum(packM2)} м².`,
    unit: 'м²',
    packSize: packM2,
    // Fired ceramic weighs about 2.3 t/m³.
    weightKg: t.thickness * 2.3,
    volumeM3: t.thickness / 1000,
    attributes: {
      size: `${a}×${b}`,
      // The sides, longer first, so an estimate finds a tile by its size whichever way it is written.
      length_mm: Math.max(a, b),
      width_mm: Math.min(a, b),
      thickness_mm: t.thickness,
      color: t.color,
      surface: t.surface,
      collection: t.collection,
      pcs_per_pack: t.pcs,
      pack_area_m2: packM2,
    },
    priceRub: t.priceRub,
    ean: true,
  });
}

function tiles(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const porcelain = (
    brand: string,
    collection: string,
    size: [number, number],
    color: string,
    surface: string,
    pcs: number,
    priceRub: number,
  ) =>
    tile({
      category: 'keramogranit',
      kind: 'Керамогранит',
      brand,
      collection,
      size,
      thickness: size[0] >= 1000 ? 11 : 10,
      color,
      surface,
      pcs,
      priceRub,
    });
  for (const [code, color] of [
    ['ST01', 'серый'],
    ['ST02', 'бежевый'],
    ['ST03', 'белый'],
    ['ST05', 'графит'],
  ] as const) {
    out.push(porcelain('Estima', `Standard ${code}`, [600, 600], color, 'неполированная', 4, 960));
  }
  for (const [code, color] of [
    ['ST01', 'серый'],
    ['ST03', 'белый'],
  ] as const) {
    out.push(porcelain('Estima', `Standard ${code}`, [300, 300], color, 'неполированная', 16, 870));
  }
  for (const color of ['серый', 'бежевый', 'чёрный']) {
    out.push(porcelain('Kerama Marazzi', 'Фондамента', [600, 600], color, 'матовая', 4, 1920));
  }
  out.push(porcelain('Kerama Marazzi', 'Про Чементо', [1195, 600], 'серый', 'матовая, обрезной', 2, 3650));
  out.push(porcelain('Kerama Marazzi', 'Про Чементо', [600, 600], 'серый', 'полированная', 4, 2350));
  out.push(porcelain('Грасаро', 'Travertino', [600, 600], 'бежевый', 'матовая', 4, 1520));
  for (const color of ['серый', 'бежевый']) {
    out.push(porcelain('Cersanit', 'Lofthouse', [598, 297], color, 'матовая', 8, 1290));
  }
  for (const color of ['белый', 'бежевый', 'серый']) {
    out.push(
      tile({
        category: 'plitka-nastennaya',
        kind: 'Плитка настенная',
        brand: 'Kerama Marazzi',
        collection: 'Параллель',
        size: [200, 300],
        thickness: 7,
        color,
        surface: 'глянцевая',
        pcs: 25,
        priceRub: 1160,
      }),
    );
  }
  for (const [brand, collection, size, colors, pcs, priceRub] of [
    ['Cersanit', 'Alba', [200, 440], ['белый', 'бежевый'], 12, 905],
    ['Azori', 'Ebri', [315, 630], ['бежевый', 'серый'], 7, 1260],
    ['Unitile', 'Ромбо', [250, 400], ['белый'], 14, 780],
  ] as const) {
    for (const color of colors) {
      out.push(
        tile({
          category: 'plitka-nastennaya',
          kind: 'Плитка настенная',
          brand,
          collection,
          size: [size[0], size[1]],
          thickness: 8,
          color,
          surface: 'глянцевая',
          pcs,
          priceRub,
        }),
      );
    }
  }
  for (const [brand, collection, size, color, pcs, priceRub] of [
    ['Cersanit', 'Alba', [326, 326], 'бежевый', 12, 860],
    ['Unitile', 'Кантри', [400, 400], 'коричневый', 9, 720],
    ['Керамин', 'Гранит', [400, 400], 'серый', 9, 940],
    ['Kerama Marazzi', 'Параллель', [300, 300], 'серый', 15, 1090],
  ] as const) {
    out.push(
      tile({
        category: 'plitka-napolnaya',
        kind: 'Плитка напольная',
        brand,
        collection,
        size: [size[0], size[1]],
        thickness: 8,
        color,
        surface: 'матовая',
        pcs,
        priceRub,
      }),
    );
  }
  const grouts: [string, string, number, string[], number][] = [
    ['Затирка Ceresit CE 33 Plus', 'Ceresit', 2, ['белая', 'серая', 'антрацит', 'багама'], 265],
    ['Затирка Ceresit CE 40 Aquastatic', 'Ceresit', 2, ['белая', 'серая', 'антрацит', 'жасмин'], 565],
    ['Затирка Litokol Litochrom 1-6', 'Litokol', 2, ['белая', 'серая'], 325],
    ['Затирка эпоксидная Litokol Starlike EVO', 'Litokol', 1, ['белая'], 2650],
  ];
  for (const [name, brand, kg, colors, priceRub] of grouts) {
    for (const color of colors) {
      out.push(
        spec({
          group: 'PLT',
          category: 'zatirki',
          name: `${name} ${kg} кг, ${color}`,
          brand,
          description: `${name}: затирка для швов плитки и керамогранита, цвет «${color}», упаковка ${kg} кг.`,
          unit: 'шт',
          weightKg: kg,
          volumeM3: kg * 0.0008,
          attributes: { color, pack_kg: kg },
          priceRub,
          ean: true,
        }),
      );
    }
  }
  return out;
}

interface PaintInput {
  group: string;
  category: string;
  name: string;
  brand: string;
  liters: number;
  rubPerLiter: number;
  what: string;
  attributes: Record<string, string | number | undefined>;
}

/** Paints and primers are sold per litre in whole cans, so an estimate's litres round to cans. */
function paint(p: PaintInput): ProductSpec {
  return spec({
    group: p.group,
    category: p.category,
    name: `${p.name} ${ruNum(p.liters)} л`,
    brand: p.brand,
    description: `${p.what} Тара ${ruNum(p.liters)} л.`,
    unit: 'л',
    packSize: p.liters,
    weightKg: 1.4,
    volumeM3: 0.0011,
    attributes: { ...p.attributes, can_l: p.liters },
    // Bigger cans are cheaper per litre.
    priceRub: Math.round(p.rubPerLiter * (p.liters >= 9 ? 0.92 : 1) * 10) / 10,
    ean: true,
  });
}

function paints(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const interior: [string, string, number[], number, number][] = [
    ['Краска интерьерная Текс Профи белая матовая', 'Текс', [2.7, 9], 235, 0.11],
    ['Краска интерьерная Düfa Superweiss белая матовая', 'Düfa', [2.5, 10], 470, 0.1],
    ['Краска интерьерная Parade Classic W3 белая матовая', 'Parade', [2.7, 9], 355, 0.1],
    ['Краска интерьерная Лакра белая', 'Лакра', [3, 9], 180, 0.12],
    ['Краска интерьерная Finncolor Oasis Hall & Office база A', 'Finncolor', [2.7, 9], 335, 0.1],
  ];
  for (const [name, brand, cans, rubPerLiter, rate] of interior) {
    for (const liters of cans) {
      out.push(
        paint({
          group: 'LKM',
          category: 'kraski-interernye',
          name,
          brand,
          liters,
          rubPerLiter,
          what: `Водно-дисперсионная краска для стен и потолков, расход ${ruNum(rate)} л/м² на слой.`,
          attributes: { color: 'белый', finish: 'матовая', spread_rate_l_m2: rate },
        }),
      );
    }
  }
  for (const [name, brand, liters, rubPerLiter] of [
    ['Краска фасадная Текс Универсал белая', 'Текс', 9, 265],
    ['Краска фасадная Düfa Fassadenfarbe белая', 'Düfa', 10, 530],
    ['Краска фасадная Parade F20 белая', 'Parade', 9, 410],
    ['Краска фасадная Лакра белая', 'Лакра', 9, 215],
  ] as const) {
    out.push(
      paint({
        group: 'LKM',
        category: 'kraski-fasadnye',
        name,
        brand,
        liters,
        rubPerLiter,
        what: 'Атмосферостойкая акриловая краска для минеральных фасадов, расход 0,15 л/м² на слой.',
        attributes: { color: 'белый', finish: 'матовая', spread_rate_l_m2: 0.15 },
      }),
    );
  }
  for (const [brand, kg, color, priceRub] of [
    ['Лакра', 0.9, 'белая', 265],
    ['Лакра', 0.9, 'чёрная', 265],
    ['Лакра', 0.9, 'красная', 275],
    ['Лакра', 0.9, 'синяя', 275],
    ['Лакра', 0.9, 'зелёная', 275],
    ['Ярославские краски', 2.7, 'белая', 660],
    ['Текс', 2.7, 'белая', 610],
  ] as const) {
    out.push(
      spec({
        group: 'LKM',
        category: 'emali',
        name: `Эмаль ПФ-115 ${brand} ${color} ${ruNum(kg)} кг`,
        brand,
        description: `Алкидная эмаль ПФ-115 (ГОСТ 6465-76) для дерева и металла, ${color}, глянцевая.`,
        unit: 'шт',
        weightKg: kg + 0.1,
        volumeM3: kg * 0.0009,
        attributes: { color, finish: 'глянцевая', pack_kg: kg, type: 'ПФ-115' },
        priceRub,
        ean: true,
      }),
    );
  }
  for (const [name, brand, liters, rubPerLiter] of [
    ['Грунтовка глубокого проникновения Ceresit CT 17', 'Ceresit', 10, 128],
    ['Грунтовка глубокого проникновения Ceresit CT 17', 'Ceresit', 5, 135],
    ['Грунтовка Кнауф Тифенгрунд', 'Knauf', 10, 112],
    ['Грунтовка акриловая Основит Акрилгрунт', 'Основит', 10, 62],
  ] as const) {
    out.push(
      paint({
        group: 'LKM',
        category: 'gruntovki',
        name,
        brand,
        liters,
        rubPerLiter,
        what: 'Грунтовка для впитывающих оснований перед штукатуркой, шпаклёвкой, плиткой и покраской.',
        attributes: { spread_rate_l_m2: 0.2 },
      }),
    );
  }
  out.push(
    spec({
      group: 'LKM',
      category: 'gruntovki',
      name: 'Грунтовка бетоконтакт Ceresit CT 19 15 кг',
      brand: 'Ceresit',
      description: 'Адгезионная грунтовка с кварцевым песком для гладких бетонных оснований.',
      unit: 'шт',
      weightKg: 15.6,
      volumeM3: 0.014,
      attributes: { pack_kg: 15, spread_rate_kg_m2: 0.3 },
      priceRub: 1990,
      ean: true,
    }),
  );
  for (const [name, brand, liters, rubPerLiter, color] of [
    ['Антисептик Сенеж Аквадекор', 'Сенеж', 2.5, 330, 'сосна'],
    ['Антисептик Сенеж Аквадекор', 'Сенеж', 2.5, 330, 'орех'],
    ['Антисептик Сенеж Аквадекор', 'Сенеж', 9, 310, 'рябина'],
    ['Антисептик Неомид Био Колор Классик', 'Неомид', 9, 460, 'орех'],
    ['Огнебиозащита Сенеж Огнебио Проф', 'Сенеж', 10, 135, 'бесцветный'],
  ] as const) {
    out.push(
      paint({
        group: 'LKM',
        category: 'antiseptiki',
        name: `${name}, ${color}`,
        brand,
        liters,
        rubPerLiter,
        what: 'Защитно-декоративная пропитка для древесины от гниения, плесени и синевы.',
        attributes: { color, spread_rate_l_m2: 0.15 },
      }),
    );
  }
  for (const [name, brand, liters, rubPerLiter, finish] of [
    ['Лак паркетный Parade L10', 'Parade', 2.5, 760, 'матовый'],
    ['Лак паркетный Parade L10', 'Parade', 2.5, 760, 'глянцевый'],
    ['Лак яхтный Текс', 'Текс', 2.2, 520, 'глянцевый'],
  ] as const) {
    out.push(
      paint({
        group: 'LKM',
        category: 'laki',
        name: `${name}, ${finish}`,
        brand,
        liters,
        rubPerLiter,
        what: 'Износостойкий лак для деревянных поверхностей.',
        attributes: { finish, spread_rate_l_m2: 0.1 },
      }),
    );
  }
  return out;
}

export const FINISH_PRODUCTS: readonly ProductSpec[] = [...tiles(), ...paints()];
