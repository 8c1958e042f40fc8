import { boxM3, spec, type ProductSpec } from './demo-product-spec.js';

function concreteAndPrecast(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const grades: [string, string, number][] = [
    ['М100', 'B7,5', 5200],
    ['М150', 'B12,5', 5500],
    ['М200', 'B15', 5800],
    ['М250', 'B20', 6100],
    ['М300', 'B22,5', 6400],
    ['М350', 'B25', 6800],
    ['М400', 'B30', 7300],
  ];
  for (const [strength, cls, priceRub] of grades) {
    out.push(
      spec({
        group: 'BET',
        category: 'tovarnyj-beton',
        name: `Бетон товарный ${strength} ${cls} П3 F150 W6`,
        brand: null,
        description: `Бетонная смесь ${strength} (класс ${cls}) на гранитном щебне, подвижность П3, с доставкой миксером.`,
        unit: 'м³',
        weightKg: 2400,
        volumeM3: 1,
        attributes: {
          strength,
          strength_class: cls,
          mobility: 'П3',
          frost_resistance: 'F150',
          water_resistance: 'W6',
          cargo: 'ready_concrete',
        },
        priceRub,
        minQty: 1,
        step: 0.5,
      }),
    );
  }
  for (const [strength, priceRub] of [
    ['М100', 4900],
    ['М150', 5200],
  ] as const) {
    out.push(
      spec({
        group: 'BET',
        category: 'tovarnyj-beton',
        name: `Раствор цементный кладочный ${strength}`,
        brand: null,
        description: `Готовый цементно-песчаный раствор ${strength} для кладки и стяжки, с доставкой миксером.`,
        unit: 'м³',
        weightKg: 1900,
        volumeM3: 1,
        attributes: { strength, mobility: 'Пк3', cargo: 'ready_concrete' },
        priceRub,
        minQty: 1,
        step: 0.5,
      }),
    );
  }

  const rings: [string, string, number, number, number][] = [
    ['КС 10-9', 'кольцо стеновое, Ø1000 мм, высота 900 мм', 460, 0.95, 4300],
    ['КС 15-9', 'кольцо стеновое, Ø1500 мм, высота 900 мм', 680, 2.0, 6600],
    ['КС 20-9', 'кольцо стеновое, Ø2000 мм, высота 900 мм', 1100, 3.4, 10600],
    ['1ПП 10-1', 'плита перекрытия колодца с люком, Ø1160 мм', 260, 0.2, 3600],
    ['ПН 10', 'плита днища колодца, Ø1500 мм', 390, 0.27, 3100],
  ];
  for (const [mark, what, weightKg, volumeM3, priceRub] of rings) {
    out.push(
      spec({
        group: 'ZHB',
        category: 'kolodeznye-kolca',
        name: `Железобетонное изделие ${mark}`,
        brand: null,
        description: `${mark}: ${what}; бетон B15, по серии 3.900.1-14. Разгрузка манипулятором.`,
        unit: 'шт',
        weightKg,
        volumeM3,
        attributes: { grade: mark, needs_crane: 'да' },
        priceRub,
      }),
    );
  }
  const lintels: [string, [number, number, number], number, number][] = [
    ['2ПБ 13-1', [1290, 120, 140], 54, 620],
    ['2ПБ 17-2', [1680, 120, 140], 71, 790],
    ['2ПБ 22-3', [2200, 120, 140], 92, 1060],
    ['3ПБ 18-37', [1810, 120, 220], 119, 1260],
  ];
  for (const [mark, [l, w, h], weightKg, priceRub] of lintels) {
    out.push(
      spec({
        group: 'ZHB',
        category: 'peremychki',
        name: `Перемычка брусковая ${mark} ${l}×${w}×${h}`,
        brand: null,
        description: `Железобетонная брусковая перемычка ${mark} для проёмов в кирпичных стенах, серия 1.038.1-1.`,
        unit: 'шт',
        weightKg,
        volumeM3: boxM3(l, w, h),
        attributes: { grade: mark, length_mm: l, width_mm: w, height_mm: h },
        priceRub,
      }),
    );
  }
  return out;
}

export const CONCRETE_PRODUCTS: readonly ProductSpec[] = concreteAndPrecast();
