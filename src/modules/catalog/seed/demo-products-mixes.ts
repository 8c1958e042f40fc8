import { spec, type ProductSpec } from './demo-product-spec.js';

/** A bag of dry mix: about 1.4 t/m³ packed, 50 kg ≈ 0.035 m³; pallets of about 1.2–2 t. */
function bag(kg: number): { weightKg: number; volumeM3: number; per_pallet: number } {
  return { weightKg: kg, volumeM3: kg * 0.0007, per_pallet: kg >= 30 ? 40 : kg >= 20 ? 56 : 100 };
}

function cements(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const bagged: [string, string, string, string, number, number][] = [
    ['Евроцемент', 'М500', 'Д0', 'ЦЕМ I 42,5Н', 50, 620],
    ['Евроцемент', 'М500', 'Д0', 'ЦЕМ I 42,5Н', 25, 365],
    ['Евроцемент', 'М400', 'Д20', 'ЦЕМ II/А-Ш 32,5Б', 50, 525],
    ['Евроцемент', 'М400', 'Д20', 'ЦЕМ II/А-Ш 32,5Б', 25, 305],
    ['Цемрос', 'М500', 'Д0', 'ЦЕМ I 42,5Н', 50, 650],
    ['Цемрос', 'М400', 'Д20', 'ЦЕМ II/А-Ш 32,5Б', 50, 540],
    ['Себряковцемент', 'М500', 'Д0', 'ЦЕМ I 42,5Н', 50, 610],
    ['Себряковцемент', 'М500', 'Д20', 'ЦЕМ II/А-П 42,5Н', 50, 580],
    ['Мордовцемент', 'М500', 'Д20', 'ЦЕМ II/А-Ш 42,5Б', 50, 570],
  ];
  for (const [brand, strength, additive, type, kg, priceRub] of bagged) {
    const b = bag(kg);
    out.push(
      spec({
        group: 'CEM',
        category: 'cement',
        name: `Цемент ${strength} ${additive} ${type} ${kg} кг, ${brand}`,
        brand,
        description:
          `Портландцемент ${type} (${strength} ${additive}) по ГОСТ 31108-2020 в мешке ${kg} кг. ` +
          `Для фундаментов, стяжек, кладочных растворов и бетона.`,
        unit: 'мешок',
        weightKg: b.weightKg,
        volumeM3: b.volumeM3,
        attributes: { strength, additive, type, bag_kg: kg, per_pallet: b.per_pallet },
        priceRub,
        ean: true,
      }),
    );
  }
  out.push(
    spec({
      group: 'CEM',
      category: 'cement',
      name: 'Цемент белый ПЦБ 1-500 Д0 25 кг',
      brand: 'Cimsa',
      description: 'Белый портландцемент для декоративных растворов, затирок и архитектурного бетона.',
      unit: 'мешок',
      ...bag(25),
      attributes: { strength: 'М500', additive: 'Д0', type: 'ПЦБ 1-500', color: 'белый', bag_kg: 25, per_pallet: 56 },
      priceRub: 1120,
      ean: true,
    }),
  );
  for (const [strength, additive, type, priceRub] of [
    ['М500', 'Д0', 'ЦЕМ I 42,5Н', 8600],
    ['М400', 'Д20', 'ЦЕМ II/А-Ш 32,5Б', 7700],
  ] as const) {
    out.push(
      spec({
        group: 'CEM',
        category: 'cement',
        name: `Цемент ${strength} ${additive} ${type} навалом`,
        brand: 'Евроцемент',
        description: `Цемент ${type} насыпью, доставка цементовозом от 10 т.`,
        unit: 'т',
        weightKg: 1000,
        // Bulk cement weighs about 1.3 t/m³.
        volumeM3: 0.77,
        // Travels in a цементовоз (docs/domain.md, The delivery guide price).
        attributes: { strength, additive, type, delivery: 'цементовоз', cargo: 'bulk_cement' },
        priceRub,
        minQty: 10,
        step: 1,
      }),
    );
  }
  return out;
}

interface MixInput {
  category: string;
  group: string;
  name: string;
  brand: string;
  kg: number;
  priceRub: number;
  what: string;
  attributes: Record<string, string | number | undefined>;
  unit?: 'мешок' | 'шт';
}

function mix(m: MixInput): ProductSpec {
  const b = bag(m.kg);
  return spec({
    group: m.group,
    category: m.category,
    name: `${m.name} ${m.kg} кг`,
    brand: m.brand,
    description: `${m.what} Упаковка ${m.kg} кг.`,
    unit: m.unit ?? 'мешок',
    weightKg: b.weightKg,
    volumeM3: b.volumeM3,
    attributes: { ...m.attributes, bag_kg: m.kg, per_pallet: b.per_pallet },
    priceRub: m.priceRub,
    ean: true,
  });
}

function dryMixes(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const plasters: [string, string, string, number, number, number][] = [
    ['Штукатурка гипсовая Кнауф Ротбанд', 'Knauf', 'гипс', 30, 720, 0.85],
    ['Штукатурка гипсовая Кнауф Ротбанд', 'Knauf', 'гипс', 10, 315, 0.85],
    ['Штукатурка гипсовая машинная Кнауф МП-75', 'Knauf', 'гипс', 30, 560, 0.9],
    ['Штукатурка гипсовая Кнауф Голдбанд', 'Knauf', 'гипс', 30, 565, 0.85],
    ['Штукатурка гипсовая Волма Слой', 'Волма', 'гипс', 30, 480, 0.9],
    ['Штукатурка гипсовая Основит Гипсвелл PG25 W', 'Основит', 'гипс', 30, 470, 0.9],
    ['Штукатурка гипсовая Старатели', 'Старатели', 'гипс', 30, 455, 0.9],
    ['Штукатурка гипсовая Юнис Теплон', 'Юнис', 'гипс', 30, 505, 0.9],
    ['Штукатурка цементная Кнауф Унтерпутц', 'Knauf', 'цемент', 25, 430, 1.7],
    ['Штукатурка цементная Основит Стартвелл PC21 M', 'Основит', 'цемент', 25, 385, 1.7],
    ['Штукатурка для газобетона Ceresit CT 24', 'Ceresit', 'цемент', 25, 650, 1.6],
  ];
  for (const [name, brand, base, kg, priceRub, rate] of plasters) {
    out.push(
      mix({
        group: 'SMS',
        category: 'shtukaturki',
        name,
        brand,
        kg,
        priceRub,
        what: `Штукатурная смесь на основе ${base === 'гипс' ? 'гипса' : 'цемента'}, расход ≈ ${rate} кг/м² на 1 мм слоя.`,
        attributes: { base, consumption_kg_m2_mm: rate, layer_mm: base === 'гипс' ? '5-50' : '10-30' },
      }),
    );
  }

  const putties: [string, string, string, number, number, 'мешок' | 'шт'][] = [
    ['Шпаклёвка гипсовая Кнауф Фуген', 'Knauf', 'стартовая/шовная', 25, 760, 'мешок'],
    ['Шпаклёвка гипсовая Кнауф Фуген', 'Knauf', 'стартовая/шовная', 5, 235, 'мешок'],
    ['Шпаклёвка финишная Кнауф HP Финиш', 'Knauf', 'финишная', 25, 640, 'мешок'],
    ['Шпаклёвка финишная Волма Финиш', 'Волма', 'финишная', 20, 430, 'мешок'],
    ['Шпаклёвка полимерная Vetonit LR+', 'Vetonit', 'финишная', 20, 1120, 'мешок'],
    ['Шпаклёвка готовая Шитрок SuperFinish', 'Sheetrock', 'финишная', 28, 1850, 'шт'],
    ['Шпаклёвка гипсовая Основит Эконсилк PG34 G', 'Основит', 'стартовая', 25, 455, 'мешок'],
    ['Шпаклёвка цементная Ceresit CT 225', 'Ceresit', 'фасадная', 25, 990, 'мешок'],
  ];
  for (const [name, brand, kind, kg, priceRub, unit] of putties) {
    out.push(
      mix({
        group: 'SMS',
        category: 'shpaklevki',
        name,
        brand,
        kg,
        priceRub,
        unit,
        what: `Шпаклёвка ${kind} для выравнивания стен и потолков под покраску и обои.`,
        attributes: { kind },
      }),
    );
  }

  const tileAdhesives: [string, string, string, number][] = [
    ['Клей для плитки Ceresit CM 11 Plus', 'Ceresit', 'C1', 525],
    ['Клей для плитки Ceresit CM 14 Extra', 'Ceresit', 'C1T', 660],
    ['Клей для керамогранита Ceresit CM 12', 'Ceresit', 'C1T', 720],
    ['Клей для плитки эластичный Ceresit CM 17', 'Ceresit', 'C2TE S1', 1150],
    ['Клей для плитки Юнис 2000', 'Юнис', 'C1T', 470],
    ['Клей для плитки Юнис Плюс', 'Юнис', 'C0T', 405],
    ['Клей для керамогранита Юнис Гранит', 'Юнис', 'C1T', 525],
    ['Клей для плитки Кнауф Флизен', 'Knauf', 'C1', 430],
    ['Клей для плитки Litokol K80', 'Litokol', 'C2E', 910],
    ['Клей для плитки Litokol X11', 'Litokol', 'C1T', 700],
    ['Клей для плитки Основит Максипликс AC16', 'Основит', 'C1T', 560],
  ];
  for (const [name, brand, cls, priceRub] of tileAdhesives) {
    out.push(
      mix({
        group: 'SMS',
        category: 'plitochnyj-klej',
        name,
        brand,
        kg: 25,
        priceRub,
        what: `Цементный плиточный клей класса ${cls} по ГОСТ Р 56387; расход ≈ 4,2 кг/м² при зубе 10 мм.`,
        attributes: { class: cls, consumption_kg_m2: 4.2 },
      }),
    );
  }

  const masonry: [string, string, number, number, string][] = [
    ['Клей для газобетона Bonolit', 'Bonolit', 25, 395, 'клей'],
    ['Клей для газобетона Ytong', 'Ytong', 25, 475, 'клей'],
    ['Клей для газобетона Ceresit CT 21', 'Ceresit', 25, 565, 'клей'],
    ['Клей для газобетона AEROC', 'AEROC', 25, 410, 'клей'],
    ['Смесь кладочная М150 Русеан', 'Русеан', 40, 305, 'раствор'],
    ['Пескобетон М300 Русеан', 'Русеан', 40, 315, 'пескобетон'],
    ['Пескобетон М300 Каменный цветок', 'Каменный цветок', 40, 300, 'пескобетон'],
    ['Смесь цементно-песчаная М200 Русеан', 'Русеан', 40, 275, 'раствор'],
    ['Раствор для облицовочного кирпича Quick-mix VK plus, графитово-серый', 'Quick-mix', 25, 610, 'раствор'],
    ['Раствор для облицовочного кирпича Quick-mix VK plus, белый', 'Quick-mix', 25, 640, 'раствор'],
  ];
  for (const [name, brand, kg, priceRub, kind] of masonry) {
    out.push(
      mix({
        group: 'SMS',
        category: 'kladochnye-smesi',
        name,
        brand,
        kg,
        priceRub,
        what:
          kind === 'клей'
            ? 'Тонкошовный клей для кладки газобетонных блоков, расход ≈ 25 кг на 1 м³ кладки.'
            : 'Сухая цементно-песчаная смесь для кладки, стяжки и бетонирования.',
        attributes: { kind },
      }),
    );
  }

  const floors: [string, string, number, number, string][] = [
    ['Наливной пол Ceresit CN 175', 'Ceresit', 25, 760, '3-60'],
    ['Наливной пол Ceresit CN 68', 'Ceresit', 25, 960, '1-15'],
    ['Наливной пол Волма Нивелир Экспресс', 'Волма', 20, 485, '5-100'],
    ['Наливной пол Юнис Горизонт', 'Юнис', 25, 590, '5-100'],
    ['Стяжка Основит Скорлайн FK45 R', 'Основит', 25, 570, '10-80'],
    ['Наливной пол Старатели', 'Старатели', 25, 520, '5-100'],
    ['Наливной пол Vetonit 4100', 'Vetonit', 20, 820, '2-10'],
    ['Наливной пол Кнауф Убо', 'Knauf', 25, 545, '10-80'],
  ];
  for (const [name, brand, kg, priceRub, layer] of floors) {
    out.push(
      mix({
        group: 'SMS',
        category: 'nalivnye-poly',
        name,
        brand,
        kg,
        priceRub,
        what: `Самовыравнивающаяся смесь для пола, слой ${layer} мм, расход ≈ 1,7 кг/м² на 1 мм.`,
        attributes: { layer_mm: layer, consumption_kg_m2_mm: 1.7 },
      }),
    );
  }
  return out;
}

interface BulkInput {
  group: string;
  category: string;
  name: string;
  description: string;
  /** Bulk density, t per m³. */
  density: number;
  unit: 'м³' | 'т';
  priceRub: number;
  attributes: Record<string, string | number | undefined>;
}

function bulk(b: BulkInput): ProductSpec {
  const perM3 = b.unit === 'м³';
  return spec({
    group: b.group,
    category: b.category,
    name: b.name,
    brand: null,
    description: b.description,
    unit: b.unit,
    weightKg: perM3 ? b.density * 1000 : 1000,
    volumeM3: perM3 ? 1 : 1 / b.density,
    // Sand, gravel, expanded clay and soil loose: a самосвал tips them on site.
    attributes: { ...b.attributes, bulk_density_t_m3: b.density, cargo: 'bulk' },
    priceRub: b.priceRub,
    minQty: 1,
    step: 0.5,
  });
}

function bagged(group: string, category: string, name: string, kg: number, liters: number, priceRub: number) {
  return spec({
    group,
    category,
    name,
    brand: null,
    description: `${name}: фасовка для небольших работ, самовывоз и доставка паллетами.`,
    unit: 'мешок',
    weightKg: kg,
    volumeM3: liters / 1000,
    attributes: { bag_kg: kg, per_pallet: kg >= 40 ? 35 : 50 },
    priceRub,
    ean: true,
  });
}

function bulkMaterials(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const sands: [string, number, number, string][] = [
    ['карьерный', 1.6, 1150, '1.5'],
    ['карьерный мытый', 1.55, 1450, '2.0'],
    ['речной мытый', 1.55, 1750, '2.2'],
    ['намывной', 1.5, 1300, '1.8'],
  ];
  for (const [kind, density, priceRub, mk] of sands) {
    out.push(
      bulk({
        group: 'SND',
        category: 'pesok',
        name: `Песок ${kind}`,
        description: `Песок ${kind} по ГОСТ 8736-2014, модуль крупности ${mk}. Для растворов, бетона, подсыпки.`,
        density,
        unit: 'м³',
        priceRub,
        attributes: { type: kind, fineness_modulus: mk },
      }),
    );
  }
  out.push(bagged('SND', 'pesok', 'Песок строительный в мешке 40 кг', 40, 26, 155));
  out.push(bagged('SND', 'pesok', 'Песок кварцевый фракция 0,1–0,63 мм 25 кг', 25, 17, 390));

  const stones: [string, string, number, number][] = [
    ['гранитный', '5-20', 1.4, 3250],
    ['гранитный', '20-40', 1.38, 3050],
    ['гранитный', '40-70', 1.37, 2900],
    ['гравийный', '5-20', 1.45, 2550],
    ['гравийный', '20-40', 1.42, 2350],
    ['известняковый', '20-40', 1.3, 1950],
    ['вторичный', '20-40', 1.25, 1350],
  ];
  for (const [kind, fraction, density, priceRub] of stones) {
    out.push(
      bulk({
        group: 'SCH',
        category: 'scheben',
        name: `Щебень ${kind} фракция ${fraction.replace('-', '–')} мм`,
        description: `Щебень ${kind} фр. ${fraction} мм по ГОСТ 8267-93 для бетона, дренажа и отсыпки.`,
        density,
        unit: 'м³',
        priceRub,
        attributes: { type: kind, fraction_mm: fraction },
      }),
    );
  }
  out.push(
    bulk({
      group: 'SCH',
      category: 'scheben',
      name: 'Щебень гранитный фракция 20–40 мм, на вес',
      description: 'Щебень гранитный фр. 20–40 мм, отпуск по весу, доставка самосвалом.',
      density: 1.38,
      unit: 'т',
      priceRub: 2200,
      attributes: { type: 'гранитный', fraction_mm: '20-40' },
    }),
  );
  out.push(bagged('SCH', 'scheben', 'Щебень гранитный фракция 5–20 мм в мешке 50 кг', 50, 36, 195));

  for (const [fraction, priceRub] of [
    ['5-10', 3350],
    ['10-20', 3050],
    ['20-40', 2850],
  ] as const) {
    out.push(
      bulk({
        group: 'KRZ',
        category: 'keramzit',
        name: `Керамзит фракция ${fraction.replace('-', '–')} мм`,
        description: `Керамзитовый гравий фр. ${fraction} мм, марка по насыпной плотности М400: утепление и засыпка.`,
        density: 0.4,
        unit: 'м³',
        priceRub,
        attributes: { fraction_mm: fraction, grade: 'М400' },
      }),
    );
  }
  out.push(bagged('KRZ', 'keramzit', 'Керамзит фракция 10–20 мм в мешке 50 л', 20, 50, 175));
  out.push(bagged('KRZ', 'keramzit', 'Керамзит фракция 5–10 мм в мешке 50 л', 21, 50, 185));

  const soils: [string, string, number, number][] = [
    ['ПГС (песчано-гравийная смесь)', 'Природная песчано-гравийная смесь для подсыпки и дорог.', 1.65, 1300],
    ['ОПГС (обогащённая песчано-гравийная смесь)', 'ОПГС с содержанием гравия 65–75 %.', 1.65, 1700],
    ['Отсев гранитный фракция 0–5 мм', 'Гранитный отсев для дорожек и подготовки под плитку.', 1.5, 1900],
    ['Грунт плодородный', 'Плодородный грунт (торф, песок, чернозём) для газонов и грядок.', 1.2, 1100],
  ];
  for (const [name, description, density, priceRub] of soils) {
    out.push(
      bulk({ group: 'PGS', category: 'pgs-i-grunt', name, description, density, unit: 'м³', priceRub, attributes: {} }),
    );
  }
  return out;
}

export const MIX_PRODUCTS: readonly ProductSpec[] = [...cements(), ...dryMixes(), ...bulkMaterials()];
