import { STEEL_KG_M3, boxM3, ruNum, spec, type ProductSpec } from './demo-product-spec.js';

function drywall(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const sheets: [string, string, string, number, number, number, number][] = [
    ['Knauf', 'Кнауф', 'ГКЛ', 12.5, 2500, 9.6, 480],
    ['Knauf', 'Кнауф', 'ГКЛ', 12.5, 3000, 9.6, 585],
    ['Knauf', 'Кнауф', 'ГКЛ', 9.5, 2500, 7.5, 445],
    ['Knauf', 'Кнауф', 'ГКЛВ', 12.5, 2500, 9.8, 590],
    ['Knauf', 'Кнауф', 'ГКЛВ', 12.5, 3000, 9.8, 715],
    ['Knauf', 'Кнауф', 'ГКЛО', 12.5, 2500, 10.5, 605],
    ['Knauf', 'Кнауф', 'ГКЛВО', 12.5, 2500, 10.5, 725],
    ['Knauf', 'Кнауф', 'ГКЛ гибкий', 6.5, 2500, 5.5, 565],
    ['Волма', 'Волма', 'ГКЛ', 12.5, 2500, 9.5, 425],
    ['Волма', 'Волма', 'ГКЛВ', 12.5, 2500, 9.7, 525],
    ['Гипрок', 'Гипрок', 'ГКЛ', 12.5, 2500, 9.4, 455],
    ['Гипрок', 'Гипрок', 'ГКЛВ', 12.5, 2500, 9.6, 565],
    ['Гипрок', 'Гипрок', 'ГКЛ', 9.5, 2500, 7.4, 425],
  ];
  for (const [brand, brandRu, type, t, l, kgPerM2, priceRub] of sheets) {
    const area = (l * 1200) / 1e6;
    out.push(
      spec({
        group: 'GKL',
        category: 'gipsokarton',
        name: `Гипсокартон ${brandRu} ${type} ${ruNum(t)} мм ${l}×1200`,
        brand,
        description: `Гипсокартонный лист ${type} ${l}×1200×${t} мм, кромка ПЛУК (ГОСТ 32614-2012), ${ruNum(area)} м² в листе.`,
        unit: 'лист',
        weightKg: kgPerM2 * area,
        volumeM3: boxM3(l, 1200, t),
        attributes: {
          type: type.split(' ')[0],
          thickness_mm: t,
          length_mm: l,
          width_mm: 1200,
          edge: 'ПЛУК',
          sheet_area_m2: area,
          per_pallet: t >= 12.5 ? 52 : t >= 9.5 ? 66 : 90,
        },
        priceRub,
        ean: true,
      }),
    );
  }
  const profiles: [string, string, number, number, number, number, number][] = [
    ['Knauf', 'ПП', 60, 27, 3000, 0.6, 265],
    ['Knauf', 'ПП', 60, 27, 4000, 0.6, 350],
    ['Knauf', 'ПН', 28, 27, 3000, 0.6, 190],
    ['Knauf', 'ПС', 50, 50, 3000, 0.6, 335],
    ['Knauf', 'ПН', 50, 40, 3000, 0.6, 300],
    ['Knauf', 'ПС', 75, 50, 3000, 0.6, 405],
    ['Knauf', 'ПН', 75, 40, 3000, 0.6, 360],
    ['Knauf', 'ПС', 100, 50, 3000, 0.6, 485],
    ['Knauf', 'ПН', 100, 40, 3000, 0.6, 430],
    ['Албес', 'ПП', 60, 27, 3000, 0.45, 170],
    ['Албес', 'ПН', 28, 27, 3000, 0.45, 120],
    ['Албес', 'ПС', 50, 50, 3000, 0.45, 225],
    ['Албес', 'ПН', 50, 40, 3000, 0.45, 200],
  ];
  for (const [brand, type, a, b, l, t, priceRub] of profiles) {
    // Developed width of the strip: back, two flanges, and the stiffening lips of ПП/ПС.
    const strip = a + 2 * b + (type === 'ПН' ? 0 : 20);
    out.push(
      spec({
        group: 'PRF',
        category: 'profili-dlya-gkl',
        name: `Профиль ${type} ${a}×${b} ${brand} ${ruNum(l / 1000)} м, ${ruNum(t)} мм`,
        brand,
        description: `Оцинкованный профиль ${type} ${a}×${b} мм для каркасов гипсокартонных систем, длина ${l} мм.`,
        unit: 'шт',
        weightKg: (strip / 1000) * (t / 1000) * (l / 1000) * STEEL_KG_M3,
        volumeM3: boxM3(a, b, l),
        attributes: { type, size: `${a}×${b}`, length_mm: l, thickness_mm: t },
        priceRub,
        ean: brand === 'Knauf',
      }),
    );
  }
  for (const [name, l, w, t, weightKg, priceRub] of [
    ['Гипсоволокнистый лист Кнауф-суперлист ГВЛ', 2500, 1200, 10, 36, 760],
    ['Гипсоволокнистый лист Кнауф-суперлист ГВЛВ', 2500, 1200, 12.5, 45, 890],
    ['Аквапанель Кнауф внутренняя', 1200, 900, 12.5, 16, 1650],
    ['Аквапанель Кнауф наружная', 2400, 900, 12.5, 34, 3300],
    ['Элемент пола Кнауф-суперпол ЭП', 1200, 600, 20, 17, 520],
  ] as const) {
    out.push(
      spec({
        group: 'GKL',
        category: 'gvl-i-akvapaneli',
        name: `${name} ${ruNum(t)} мм ${l}×${w}`,
        brand: 'Knauf',
        description: `${name} ${l}×${w}×${t} мм для сухого строительства.`,
        unit: 'лист',
        weightKg,
        volumeM3: boxM3(l, w, t),
        attributes: { thickness_mm: t, length_mm: l, width_mm: w },
        priceRub,
        ean: true,
      }),
    );
  }
  for (const [name, unit, pcs, weightKg, volumeM3, priceRub] of [
    ['Подвес прямой для профиля 60×27, 100 шт', 'упак', 100, 2.6, 0.004, 650],
    ['Соединитель одноуровневый «краб» 60×27, 50 шт', 'упак', 50, 2.5, 0.006, 520],
    ['Удлинитель профиля 60×27, 100 шт', 'упак', 100, 3, 0.004, 420],
    ['Лента серпянка самоклеящаяся 50 мм × 90 м', 'рулон', undefined, 0.25, 0.0015, 185],
    ['Лента уплотнительная 50 мм × 30 м', 'рулон', undefined, 0.2, 0.004, 265],
    ['Лента бумажная армирующая Кнауф 52 мм × 75 м', 'рулон', undefined, 0.35, 0.0012, 340],
    ['Уголок перфорированный 20×20 мм 3 м', 'шт', undefined, 0.12, 0.0012, 42],
  ] as const) {
    out.push(
      spec({
        group: 'PRF',
        category: 'komplektuyushchie-gkl',
        name,
        brand: name.includes('Кнауф') ? 'Knauf' : null,
        description: `${name}: комплектующие для монтажа гипсокартонных систем.`,
        unit,
        weightKg,
        volumeM3,
        attributes: { pcs_per_pack: pcs },
        priceRub,
        ean: true,
      }),
    );
  }
  return out;
}

export const DRYWALL_PRODUCTS: readonly ProductSpec[] = drywall();
