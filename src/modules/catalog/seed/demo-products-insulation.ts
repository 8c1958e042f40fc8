import { boxM3, ruNum, spec, type ProductSpec } from './demo-product-spec.js';

interface SlabPack {
  group: string;
  category: string;
  name: string;
  brand: string;
  size: [number, number, number];
  plates: number;
  density: number;
  lambda: number;
  priceRub: number;
  unit?: 'упак' | 'рулон';
}

function slabPack(s: SlabPack): ProductSpec {
  const [l, w, t] = s.size;
  const area = (l * w * s.plates) / 1e6;
  const volume = (area * t) / 1000;
  return spec({
    group: s.group,
    category: s.category,
    name: `${s.name} ${l}×${w}×${t} мм, ${s.plates} шт`,
    brand: s.brand,
    description:
      `${s.name} толщиной ${t} мм; в упаковке ${s.plates} шт, ${ruNum(Number(area.toFixed(2)))} м², ` +
      `${ruNum(Number(volume.toFixed(4)))} м³. Теплопроводность λ ${ruNum(s.lambda)} Вт/(м·К).`,
    unit: s.unit ?? 'упак',
    weightKg: volume * s.density,
    volumeM3: volume,
    attributes: {
      thickness_mm: t,
      // A roll's length is unrolled: packed, it travels about its width long.
      ...(s.unit === 'рулон' ? { roll_length_mm: l } : { length_mm: l }),
      width_mm: w,
      plates_per_pack: s.plates,
      pack_area_m2: Number(area.toFixed(3)),
      pack_volume_m3: Number(volume.toFixed(4)),
      density_kg_m3: s.density,
      lambda_w_mk: s.lambda,
    },
    priceRub: s.priceRub,
    ean: true,
  });
}

function insulation(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const stone = 'kamennaya-vata';
  const wool: [string, string, number, number, number, number, number, number][] = [
    ['Утеплитель Rockwool Лайт Баттс', 'Rockwool', 1000, 600, 50, 12, 37, 1060],
    ['Утеплитель Rockwool Лайт Баттс', 'Rockwool', 1000, 600, 100, 6, 37, 1060],
    ['Утеплитель Rockwool Лайт Баттс Скандик', 'Rockwool', 800, 600, 50, 12, 37, 990],
    ['Утеплитель Rockwool Лайт Баттс Скандик', 'Rockwool', 800, 600, 100, 6, 37, 990],
    ['Утеплитель Rockwool Лайт Баттс Скандик', 'Rockwool', 800, 600, 150, 4, 37, 990],
    ['Утеплитель Rockwool Фасад Баттс', 'Rockwool', 1000, 600, 50, 4, 130, 1900],
    ['Утеплитель Rockwool Фасад Баттс', 'Rockwool', 1000, 600, 100, 2, 130, 1900],
    ['Утеплитель ТЕХНОНИКОЛЬ Роклайт', 'ТЕХНОНИКОЛЬ', 1200, 600, 50, 12, 30, 1160],
    ['Утеплитель ТЕХНОНИКОЛЬ Роклайт', 'ТЕХНОНИКОЛЬ', 1200, 600, 100, 6, 30, 1160],
    ['Утеплитель ТЕХНОНИКОЛЬ Технолайт Экстра', 'ТЕХНОНИКОЛЬ', 1200, 600, 50, 8, 35, 850],
    ['Утеплитель ТЕХНОНИКОЛЬ Технолайт Экстра', 'ТЕХНОНИКОЛЬ', 1200, 600, 100, 4, 35, 850],
    ['Утеплитель ТЕХНОНИКОЛЬ ТехноФас Эффект', 'ТЕХНОНИКОЛЬ', 1200, 600, 50, 4, 130, 1750],
    ['Утеплитель ТЕХНОНИКОЛЬ ТехноФас Эффект', 'ТЕХНОНИКОЛЬ', 1200, 600, 100, 2, 130, 1750],
  ];
  for (const [name, brand, l, w, t, plates, density, priceRub] of wool) {
    const lambda = density > 100 ? 0.039 : 0.036;
    out.push(
      slabPack({ group: 'UTP', category: stone, name, brand, size: [l, w, t], plates, density, lambda, priceRub }),
    );
  }
  const glass: [string, string, [number, number, number], number, number, number, 'упак' | 'рулон'][] = [
    ['Утеплитель Isover Классик Плюс', 'Isover', [1170, 610, 50], 20, 15, 1280, 'упак'],
    ['Утеплитель Isover Классик Плюс', 'Isover', [1170, 610, 100], 10, 15, 1280, 'упак'],
    ['Утеплитель URSA GEO М-11 рулон', 'URSA', [9000, 1200, 50], 2, 11, 1390, 'рулон'],
    ['Утеплитель URSA GEO М-11 рулон', 'URSA', [5000, 1200, 100], 2, 11, 1290, 'рулон'],
    ['Утеплитель Knauf Insulation ТеплоKnauf Для Дома рулон', 'Knauf', [6150, 1220, 50], 2, 11, 1190, 'рулон'],
  ];
  for (const [name, brand, size, plates, density, priceRub, unit] of glass) {
    out.push(
      slabPack({
        group: 'UTP',
        category: 'steklovata',
        name,
        brand,
        size,
        plates,
        density,
        lambda: 0.04,
        priceRub,
        unit,
      }),
    );
  }
  for (const [grade, t, density, priceRub] of [
    ['ППС 15', 50, 15, 145],
    ['ППС 15', 100, 15, 285],
    ['ППС 25', 50, 25, 240],
    ['ППС 25', 100, 25, 470],
    ['ППС 35', 50, 35, 335],
  ] as const) {
    const volume = boxM3(1000, 1000, t);
    out.push(
      spec({
        group: 'UTP',
        category: 'penopolistirol',
        name: `Пенопласт ${grade} 1000×1000×${t} мм`,
        brand: 'Кнауф Терм',
        description: `Пенополистирол ${grade} (ГОСТ 15588-2014) плитами 1000×1000×${t} мм для стен, полов и фасадов.`,
        unit: 'лист',
        weightKg: volume * density,
        volumeM3: volume,
        attributes: { grade, thickness_mm: t, length_mm: 1000, width_mm: 1000, density_kg_m3: density },
        priceRub,
      }),
    );
  }
  const xps: [string, string, [number, number, number], number, number][] = [
    ['Пеноплэкс Комфорт', 'Пеноплэкс', [1185, 585, 20], 20, 1950],
    ['Пеноплэкс Комфорт', 'Пеноплэкс', [1185, 585, 30], 13, 1900],
    ['Пеноплэкс Комфорт', 'Пеноплэкс', [1185, 585, 50], 8, 1900],
    ['Пеноплэкс Комфорт', 'Пеноплэкс', [1185, 585, 100], 4, 1900],
    ['Пеноплэкс Основа', 'Пеноплэкс', [1185, 585, 50], 8, 2050],
    ['Пеноплэкс Основа', 'Пеноплэкс', [1185, 585, 100], 4, 2050],
    ['ТЕХНОНИКОЛЬ XPS Carbon Eco', 'ТЕХНОНИКОЛЬ', [1180, 580, 50], 8, 1820],
    ['ТЕХНОНИКОЛЬ XPS Carbon Eco', 'ТЕХНОНИКОЛЬ', [1180, 580, 100], 4, 1820],
  ];
  for (const [name, brand, size, plates, priceRub] of xps) {
    out.push(
      slabPack({
        group: 'UTP',
        category: 'ekstrudirovannyj-penopolistirol',
        name: `Экструдированный пенополистирол ${name}`,
        brand,
        size,
        plates,
        density: 28,
        lambda: 0.034,
        priceRub,
      }),
    );
  }
  return out;
}

function waterproofing(): ProductSpec[] {
  const out: ProductSpec[] = [];
  // purpose: where the film goes — under a roof covering (кровля), a wall's wind barrier (стены),
  // a vapour barrier on the warm side (пароизоляция), or anything (общая): estimates match by it.
  const films: [string, string, number, number, number, string][] = [
    ['Ветро-влагозащитная мембрана Изоспан A', 'Изоспан', 70, 7, 1650, 'стены'],
    ['Пароизоляция Изоспан B', 'Изоспан', 70, 5, 1180, 'пароизоляция'],
    ['Гидро-пароизоляция Изоспан D', 'Изоспан', 70, 7.5, 2150, 'кровля'],
    ['Супердиффузионная мембрана Изоспан AM', 'Изоспан', 70, 6, 2550, 'кровля'],
    ['Гидроизоляционная плёнка Ютафол Н 96 Сильвер', 'Juta', 75, 7.5, 3450, 'кровля'],
    ['Плёнка полиэтиленовая 200 мкм 3×50 м', 'ТЕХНОНИКОЛЬ', 150, 28, 2650, 'общая'],
  ];
  for (const [name, brand, m2, weightKg, priceRub, purpose] of films) {
    out.push(
      spec({
        group: 'GDR',
        category: 'plenki-i-membrany',
        name: `${name}, ${m2} м²`,
        brand,
        description: `${name}: рулон ${m2} м² для кровли, стен и перекрытий.`,
        unit: 'рулон',
        weightKg,
        volumeM3: 0.03,
        attributes: { roll_area_m2: m2, purpose },
        priceRub,
        ean: true,
      }),
    );
  }
  const coatings: [string, string, number, number, 'мешок' | 'шт'][] = [
    ['Гидроизоляция обмазочная Ceresit CR 65', 'Ceresit', 20, 1150, 'мешок'],
    ['Гидроизоляция эластичная Ceresit CL 51', 'Ceresit', 15, 3350, 'шт'],
    ['Гидроизоляция Кнауф Флехендихт', 'Knauf', 5, 1550, 'шт'],
    ['Мастика битумная ТЕХНОНИКОЛЬ №21 Техномаст', 'ТЕХНОНИКОЛЬ', 20, 2750, 'шт'],
    ['Мастика гидроизоляционная ТЕХНОНИКОЛЬ №24', 'ТЕХНОНИКОЛЬ', 20, 3050, 'шт'],
    ['Праймер битумный ТЕХНОНИКОЛЬ №01', 'ТЕХНОНИКОЛЬ', 16, 3250, 'шт'],
  ];
  for (const [name, brand, kg, priceRub, unit] of coatings) {
    out.push(
      spec({
        group: 'GDR',
        category: 'obmazochnaya-gidroizolyaciya',
        name: `${name} ${kg} кг`,
        brand,
        description: `${name}: гидроизоляция фундаментов, подвалов, санузлов и балконов.`,
        unit,
        weightKg: kg + (unit === 'шт' ? 0.8 : 0),
        volumeM3: kg * 0.0009,
        attributes: { pack_kg: kg },
        priceRub,
        ean: true,
      }),
    );
  }
  return out;
}

export const INSULATION_PRODUCTS: readonly ProductSpec[] = [...insulation(), ...waterproofing()];
