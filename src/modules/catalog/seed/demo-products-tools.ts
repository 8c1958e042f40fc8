import { spec, type ProductSpec } from './demo-product-spec.js';

function powerTools(): ProductSpec[] {
  const tools: [string, string, string, number, number, number][] = [
    ['Перфоратор Makita HR2470 SDS-plus 780 Вт', 'Makita', 'перфоратор', 780, 4.8, 14600],
    ['Перфоратор Bosch GBH 2-26 DRE SDS-plus 800 Вт', 'Bosch', 'перфоратор', 800, 4.9, 17600],
    ['Перфоратор Интерскол П-26/800ЭР-2 SDS-plus 800 Вт', 'Интерскол', 'перфоратор', 800, 5, 8100],
    ['Перфоратор Зубр ЗП-26-800 ЭК SDS-plus 800 Вт', 'Зубр', 'перфоратор', 800, 4.7, 5850],
    ['Дрель-шуруповёрт аккумуляторная Makita DF333DWYE 12 В', 'Makita', 'дрель-шуруповёрт', 0, 2.6, 12600],
    ['Дрель-шуруповёрт аккумуляторная Интерскол ДА-12ЭР-02 12 В', 'Интерскол', 'дрель-шуруповёрт', 0, 2.4, 5650],
    ['Дрель-шуруповёрт аккумуляторная Bosch GSR 120-LI 12 В', 'Bosch', 'дрель-шуруповёрт', 0, 2.5, 9900],
    ['Угловая шлифмашина Makita 9558HN 125 мм 840 Вт', 'Makita', 'УШМ', 840, 2.9, 7550],
    ['Угловая шлифмашина Интерскол УШМ-125/900 125 мм', 'Интерскол', 'УШМ', 900, 2.8, 3950],
    ['Угловая шлифмашина Bosch GWS 750-125 125 мм', 'Bosch', 'УШМ', 750, 2.7, 6950],
    ['Лобзик электрический Makita 4329 450 Вт', 'Makita', 'лобзик', 450, 2.6, 6650],
    ['Пила дисковая Интерскол ДП-190/1600М 190 мм', 'Интерскол', 'дисковая пила', 1600, 6.2, 7350],
    ['Миксер строительный Зубр МР-1400-1 1400 Вт', 'Зубр', 'миксер', 1400, 6.5, 6050],
  ];
  return tools.map(([name, brand, kind, power, weightKg, priceRub]) =>
    spec({
      group: 'INS',
      category: 'elektroinstrument',
      name,
      brand,
      description: `${name}: ${kind} для строительных и ремонтных работ, в кейсе или коробке.`,
      unit: 'шт',
      weightKg,
      volumeM3: 0.012,
      attributes: { type: kind, power_w: power || undefined, power_source: power ? 'сеть' : 'аккумулятор' },
      priceRub,
      ean: true,
    }),
  );
}

function handTools(): ProductSpec[] {
  const tools: [string, string, number, number, number][] = [
    ['Уровень строительный Stabila 70 600 мм', 'Stabila', 0.6, 0.003, 3450],
    ['Уровень строительный Stabila 70 1000 мм', 'Stabila', 0.9, 0.004, 4050],
    ['Уровень строительный Stabila 70 2000 мм', 'Stabila', 1.7, 0.008, 5650],
    ['Уровень строительный Зубр Про 1000 мм', 'Зубр', 0.8, 0.004, 1150],
    ['Правило алюминиевое 2 м', 'Зубр', 1.3, 0.006, 720],
    ['Правило алюминиевое 2,5 м', 'Зубр', 1.6, 0.008, 860],
    ['Шпатель фасадный 350 мм', 'Зубр', 0.35, 0.002, 455],
    ['Кельма каменщика 180 мм', 'Зубр', 0.3, 0.001, 310],
    ['Рулетка 5 м × 19 мм', 'Stayer', 0.2, 0.0004, 405],
    ['Рулетка 8 м × 25 мм', 'Stayer', 0.35, 0.0006, 610],
    ['Молоток-кирочка каменщика 600 г', 'Зубр', 0.75, 0.001, 920],
    ['Ножовка по дереву 500 мм', 'Зубр', 0.45, 0.002, 705],
    ['Гладилка зубчатая 10×10 мм', 'Зубр', 0.45, 0.002, 355],
  ];
  return tools.map(([name, brand, weightKg, volumeM3, priceRub]) =>
    spec({
      group: 'INS',
      category: 'ruchnoj-instrument',
      name,
      brand,
      description: `${name}: ручной инструмент для строительных и отделочных работ.`,
      unit: 'шт',
      weightKg,
      volumeM3,
      attributes: {},
      priceRub,
      ean: true,
    }),
  );
}

function accessories(): ProductSpec[] {
  const items: [string, string, 'шт' | 'упак', number, number, Record<string, string | number>][] = [
    ['Круг отрезной по металлу 125×1,2×22,2 мм', 'Луга', 'шт', 0.03, 46, { diameter_mm: 125 }],
    ['Круг отрезной по металлу 230×2,5×22,2 мм', 'Луга', 'шт', 0.17, 115, { diameter_mm: 230 }],
    ['Диск алмазный сегментный по бетону 125 мм', 'Зубр', 'шт', 0.15, 920, { diameter_mm: 125 }],
    ['Диск алмазный сегментный по бетону 230 мм', 'Зубр', 'шт', 0.55, 2050, { diameter_mm: 230 }],
    ['Бур SDS-plus 6×110 мм', 'Зубр', 'шт', 0.03, 125, { diameter_mm: 6, length_mm: 110 }],
    ['Бур SDS-plus 8×160 мм', 'Зубр', 'шт', 0.05, 165, { diameter_mm: 8, length_mm: 160 }],
    ['Бур SDS-plus 10×210 мм', 'Зубр', 'шт', 0.08, 215, { diameter_mm: 10, length_mm: 210 }],
    ['Набор свёрл по металлу HSS 1–10 мм, 19 шт', 'Зубр', 'упак', 0.35, 1120, { pcs_per_pack: 19 }],
    ['Бита PH2 50 мм, 10 шт', 'Зубр', 'упак', 0.1, 410, { pcs_per_pack: 10 }],
    ['Круг лепестковый торцевой 125 мм P60', 'Луга', 'шт', 0.1, 92, { diameter_mm: 125, grit: 'P60' }],
  ];
  return items.map(([name, brand, unit, weightKg, priceRub, attributes]) =>
    spec({
      group: 'OSN',
      category: 'osnastka',
      name,
      brand,
      description: `${name}: расходная оснастка для электроинструмента.`,
      unit,
      weightKg,
      volumeM3: 0.0005,
      attributes,
      priceRub,
      ean: true,
    }),
  );
}

function fasteners(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const screws: [string, string, number, number, number][] = [
    ['Саморез по металлу для ГКЛ 3,5×25 мм', 'Tech-KREP', 1000, 1.4, 560],
    ['Саморез по металлу для ГКЛ 3,5×35 мм', 'Tech-KREP', 1000, 1.8, 710],
    ['Саморез по металлу для ГКЛ 3,5×45 мм', 'Tech-KREP', 500, 1.2, 455],
    ['Саморез по дереву для ГКЛ 3,5×41 мм', 'Tech-KREP', 1000, 2.1, 720],
    ['Саморез по дереву жёлтый 4,2×75 мм', 'Tech-KREP', 250, 2.1, 490],
    ['Саморез с прессшайбой острый 4,2×16 мм', 'Tech-KREP', 1000, 2.4, 710],
    ['Саморез «клоп» по металлу сверло 3,5×11 мм', 'Tech-KREP', 1000, 1.1, 640],
    ['Саморез кровельный 4,8×35 мм RAL 8017', 'Tech-KREP', 250, 1.5, 905],
    ['Саморез кровельный 4,8×29 мм оцинкованный', 'Tech-KREP', 250, 1.3, 655],
  ];
  for (const [name, brand, pcs, weightKg, priceRub] of screws) {
    out.push(
      spec({
        group: 'KRP',
        category: 'samorezy',
        name: `${name}, ${pcs} шт`,
        brand,
        description: `${name} в упаковке ${pcs} шт.`,
        unit: 'упак',
        weightKg,
        volumeM3: weightKg * 0.0012,
        attributes: {
          size: name.match(/\d,?\d*×\d+/)?.[0]?.replace(',', '.'),
          // What they fasten, so an estimate tells drywall screws from roofing ones by more than size.
          purpose: /кровельный/.test(name)
            ? 'кровля'
            : /ГКЛ/.test(name)
              ? 'гкл'
              : /по дереву/.test(name)
                ? 'дерево'
                : 'металл',
          pcs_per_pack: pcs,
        },
        priceRub,
        ean: true,
      }),
    );
  }
  const dowels: [string, string, string, number, number, number][] = [
    ['Дюбель-гвоздь 6×40 мм', 'dyubeli', 'Tech-KREP', 100, 0.45, 255],
    ['Дюбель-гвоздь 6×60 мм', 'dyubeli', 'Tech-KREP', 100, 0.7, 325],
    ['Дюбель-гвоздь 8×80 мм', 'dyubeli', 'Tech-KREP', 50, 0.8, 485],
    ['Дюбель тарельчатый для теплоизоляции 10×120 мм', 'dyubeli', 'Tech-KREP', 50, 0.5, 455],
    ['Дюбель тарельчатый для теплоизоляции 10×160 мм', 'dyubeli', 'Tech-KREP', 50, 0.6, 525],
    ['Дюбель рамный 10×100 мм', 'dyubeli', 'Fischer', 50, 1, 995],
    ['Дюбель распорный Fischer SX 8×40 мм', 'dyubeli', 'Fischer', 100, 0.3, 610],
    ['Анкерный болт с гайкой 10×77 мм', 'ankery', 'Tech-KREP', 25, 1.2, 655],
    ['Анкерный болт с гайкой 12×100 мм', 'ankery', 'Tech-KREP', 10, 1, 605],
    ['Анкер клиновой 10×100 мм', 'ankery', 'Tech-KREP', 25, 1.6, 705],
  ];
  for (const [name, category, brand, pcs, weightKg, priceRub] of dowels) {
    out.push(
      spec({
        group: 'KRP',
        category,
        name: `${name}, ${pcs} шт`,
        brand,
        description: `${name} в упаковке ${pcs} шт.`,
        unit: 'упак',
        weightKg,
        volumeM3: 0.002,
        attributes: { size: name.match(/\d+×\d+/)?.[0], pcs_per_pack: pcs },
        priceRub,
        ean: true,
      }),
    );
  }
  out.push(
    spec({
      group: 'KRP',
      category: 'ankery',
      name: 'Химический анкер Sormat ITH 300 Ve, 300 мл',
      brand: 'Sormat',
      description: 'Двухкомпонентный химический анкер на основе винилэстера для бетона и кирпича.',
      unit: 'шт',
      weightKg: 0.55,
      volumeM3: 0.0006,
      attributes: { volume_ml: 300 },
      priceRub: 1450,
      ean: true,
    }),
  );
  for (const [name, size, priceRub] of [
    ['Гвозди строительные', '2,5×50', 195],
    ['Гвозди строительные', '3×70', 175],
    ['Гвозди строительные', '4×100', 165],
    ['Гвозди строительные', '5×150', 165],
    ['Гвозди оцинкованные', '3×70', 265],
    ['Гвозди финишные оцинкованные', '1,8×40', 385],
  ] as const) {
    out.push(
      spec({
        group: 'KRP',
        category: 'gvozdi',
        name: `${name} ${size} мм`,
        brand: null,
        description: `${name} ${size} мм по ГОСТ 4028-63; отпуск на вес.`,
        unit: 'кг',
        weightKg: 1,
        volumeM3: 0.0005,
        attributes: { size: size.replace(',', '.') },
        priceRub,
      }),
    );
  }
  return out;
}

function foamsAndSealants(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const foams: [string, string, number, number][] = [
    ['Пена монтажная профессиональная Penosil Premium Gunfoam 65', 'Penosil', 0.9, 705],
    ['Пена монтажная профессиональная Tytan Professional 65', 'Tytan', 0.9, 755],
    ['Пена монтажная профессиональная Tytan Professional 65 зимняя', 'Tytan', 0.9, 785],
    ['Пена монтажная профессиональная KUDO Proff 65+', 'KUDO', 0.9, 695],
    ['Пена монтажная профессиональная ТЕХНОНИКОЛЬ 65', 'ТЕХНОНИКОЛЬ', 0.9, 655],
    ['Пена монтажная бытовая Penosil 750 мл', 'Penosil', 0.7, 455],
    ['Очиститель монтажной пены Penosil 500 мл', 'Penosil', 0.45, 355],
  ];
  for (const [name, brand, weightKg, priceRub] of foams) {
    out.push(
      spec({
        group: 'PNA',
        category: 'montazhnaya-pena',
        name,
        brand,
        description: `${name}: монтаж окон и дверей, заполнение швов и пустот.`,
        unit: 'шт',
        weightKg,
        volumeM3: 0.0012,
        attributes: {
          kind: name.includes('Очиститель') ? 'очиститель' : name.includes('бытовая') ? 'бытовая' : 'профессиональная',
        },
        priceRub,
        ean: true,
      }),
    );
  }
  for (const [name, brand, priceRub] of [
    ['Герметик силиконовый санитарный Ceresit CS 25 белый 280 мл', 'Ceresit', 555],
    ['Герметик силиконовый санитарный Ceresit CS 25 прозрачный 280 мл', 'Ceresit', 555],
    ['Герметик силиконовый санитарный Tytan Professional белый 280 мл', 'Tytan', 455],
    ['Герметик акриловый Penosil белый 310 мл', 'Penosil', 255],
    ['Герметик полиуретановый Tytan Professional PU 40 серый 280 мл', 'Tytan', 665],
  ] as const) {
    out.push(
      spec({
        group: 'PNA',
        category: 'germetiki',
        name,
        brand,
        description: `${name}: герметизация швов и стыков.`,
        unit: 'шт',
        weightKg: 0.35,
        volumeM3: 0.0004,
        attributes: { type: name.split(' ')[1] ?? 'герметик' },
        priceRub,
        ean: true,
      }),
    );
  }
  return out;
}

export const TOOL_PRODUCTS: readonly ProductSpec[] = [
  ...powerTools(),
  ...handTools(),
  ...accessories(),
  ...fasteners(),
  ...foamsAndSealants(),
];
