import { ruNum, spec, type ProductSpec } from './demo-product-spec.js';

interface BoardInput {
  category: string;
  kind: string;
  brand: string;
  collection: string;
  cls: string;
  thickness: number;
  decor: string;
  packM2: number;
  kgPerM2: number;
  priceRub: number;
}

function board(b: BoardInput): ProductSpec {
  return spec({
    group: 'POL',
    category: b.category,
    name: `${b.kind} ${b.brand} ${b.collection} ${b.cls} класс ${b.thickness} мм, ${b.decor}`,
    brand: b.brand,
    description:
      `${b.kind} ${b.brand} ${b.collection}: класс износостойкости ${b.cls}, толщина ${b.thickness} мм, ` +
      `декор «${b.decor}»; в упаковке ${ruNum(b.packM2)} м².`,
    unit: 'м²',
    packSize: b.packM2,
    weightKg: b.kgPerM2,
    volumeM3: b.thickness / 1000,
    attributes: { class: b.cls, thickness_mm: b.thickness, decor: b.decor, pack_area_m2: b.packM2 },
    priceRub: b.priceRub,
    ean: true,
  });
}

function floors(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const laminates: [string, string, string, number, number, number, string[]][] = [
    ['Tarkett', 'Woodstock Family', '33', 8, 2.131, 1120, ['дуб натуральный', 'дуб серый', 'дуб беленый']],
    ['Kronostar', 'Symbio', '33', 8, 2.131, 860, ['дуб натуральный', 'орех', 'дуб серый']],
    ['Egger', 'Pro Classic', '32', 8, 1.994, 1050, ['дуб натуральный', 'дуб беленый', 'орех']],
    ['Egger', 'Pro Large', '33', 8, 2.48, 1360, ['дуб серый', 'дуб натуральный', 'дуб беленый']],
    ['Tarkett', 'Estetica', '34', 12, 1.494, 1750, ['дуб натуральный', 'дуб серый']],
  ];
  for (const [brand, collection, cls, thickness, packM2, priceRub, decors] of laminates) {
    for (const decor of decors) {
      const kgPerM2 = thickness * 0.92;
      out.push(
        board({
          category: 'laminat',
          kind: 'Ламинат',
          brand,
          collection,
          cls,
          thickness,
          decor,
          packM2,
          kgPerM2,
          priceRub,
        }),
      );
    }
  }
  for (const [brand, collection, cls, width, thickness, priceRub] of [
    ['Синтерос', 'Комфорт', '23', 3, 2.5, 490],
    ['Синтерос', 'Комфорт', '23', 4, 2.5, 490],
    ['Juteks', 'Strong Plus', '31', 3, 3, 720],
    ['Juteks', 'Strong Plus', '31', 3.5, 3, 720],
    ['Tarkett', 'Sprint Pro', '32', 3, 3, 890],
    ['Tarkett', 'Acczent Pro', '34', 2, 2, 1150],
  ] as const) {
    out.push(
      spec({
        group: 'POL',
        category: 'linoleum',
        name: `Линолеум ${brand} ${collection} ${cls} класс, ширина ${ruNum(width)} м`,
        brand,
        description: `Линолеум ${brand} ${collection}, класс ${cls}, толщина ${ruNum(thickness)} мм, рулон шириной ${width} м; отрез от 1 м².`,
        unit: 'м²',
        weightKg: thickness * 0.9,
        volumeM3: thickness / 1000,
        attributes: { class: cls, thickness_mm: thickness, width_m: width },
        priceRub,
      }),
    );
  }
  for (const [brand, collection, decor, packM2, priceRub] of [
    ['Alpine Floor', 'Grand Sequoia', 'секвойя натуральная', 2.232, 2650],
    ['Alpine Floor', 'Grand Sequoia', 'гевуина', 2.232, 2650],
    ['Fargo', 'Comfort', 'дуб дымчатый', 2.196, 1920],
    ['Fargo', 'Comfort', 'дуб натуральный', 2.196, 1920],
    ['Tarkett', 'Lounge', 'дуб серый', 2.09, 2450],
  ] as const) {
    out.push(
      board({
        category: 'kvarcvinil',
        kind: 'SPC-ламинат',
        brand,
        collection,
        cls: '43',
        thickness: 4,
        decor,
        packM2,
        kgPerM2: 8.5,
        priceRub,
      }),
    );
  }
  for (const [brand, collection, decor, packM2, priceRub] of [
    ['Tarkett', 'Salsa', 'дуб премиум', 2.61, 3550],
    ['Barlinek', 'Pure', 'дуб натур', 2.47, 4250],
    ['Upofloor', 'Art Design', 'дуб натур', 2.2, 3700],
  ] as const) {
    out.push(
      board({
        category: 'parketnaya-doska',
        kind: 'Паркетная доска',
        brand,
        collection,
        cls: '33',
        thickness: 14,
        decor,
        packM2,
        kgPerM2: 8,
        priceRub,
      }),
    );
  }
  for (const [name, brand, unit, m2, weightKg, volumeM3, priceRub] of [
    ['Подложка ППЭ 2 мм, 25 м²', null, 'рулон', 25, 1.1, 0.05, 450],
    ['Подложка ППЭ 3 мм, 25 м²', null, 'рулон', 25, 1.6, 0.075, 585],
    ['Подложка ППЭ 5 мм, 25 м²', null, 'рулон', 25, 2.6, 0.125, 905],
    ['Подложка хвойная Изоплат 4 мм 590×790, 5,6 м²', 'Изоплат', 'упак', 5.6, 5.6, 0.024, 780],
    ['Подложка под SPC Alpine Floor 1,5 мм, 10 м²', 'Alpine Floor', 'рулон', 10, 2.2, 0.015, 1350],
  ] as const) {
    out.push(
      spec({
        group: 'POL',
        category: 'podlozhka',
        name,
        brand,
        description: `${name}: подложка под ламинат и напольные покрытия.`,
        unit,
        weightKg,
        volumeM3,
        attributes: { area_m2: m2 },
        priceRub,
        ean: true,
      }),
    );
  }
  return out;
}

export const FLOOR_PRODUCTS: readonly ProductSpec[] = floors();
