import { boxM3, ruNum, spec, tagPrice, type ProductSpec } from './demo-product-spec.js';

/** Pine and spruce at natural moisture; kiln-dried timber is lighter. */
const PINE_KG_M3 = 550;
const DRY_PINE_KG_M3 = 480;

function lumber(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const beams: [string, number, number, number, number, boolean][] = [
    ['Брус', 100, 100, 6000, 22000, false],
    ['Брус', 100, 150, 6000, 22000, false],
    ['Брус', 150, 150, 6000, 22000, false],
    ['Брус', 150, 200, 6000, 22500, false],
    ['Брус', 200, 200, 6000, 23000, false],
    ['Брусок', 50, 50, 3000, 26000, false],
    ['Брусок', 40, 40, 3000, 26000, false],
    ['Брусок строганый сухой', 45, 45, 3000, 44000, true],
  ];
  for (const [kind, a, b, l, rubPerM3, dry] of beams) {
    const v = boxM3(a, b, l);
    out.push(
      spec({
        group: 'PIL',
        category: 'brus',
        name: `${kind} ${a}×${b}×${l} мм, хвоя, 1 сорт`,
        brand: null,
        description: `${kind} из сосны и ели ${a}×${b}×${l} мм, 1 сорт, ${dry ? 'камерной сушки' : 'естественной влажности'}.`,
        unit: 'шт',
        weightKg: v * (dry ? DRY_PINE_KG_M3 : PINE_KG_M3),
        volumeM3: v,
        attributes: { species: 'сосна/ель', sort: '1', thickness_mm: a, width_mm: b, length_mm: l },
        priceRub: tagPrice(v * rubPerM3),
      }),
    );
  }
  for (const [t, w] of [
    [25, 100],
    [25, 150],
    [40, 150],
    [50, 100],
    [50, 150],
    [50, 200],
  ] as const) {
    for (const [sort, priceRub] of [
      ['1', 21000],
      ['2', 16500],
    ] as const) {
      out.push(
        spec({
          group: 'PIL',
          category: 'doska-obreznaya',
          name: `Доска обрезная ${t}×${w}×6000 мм, ${sort} сорт`,
          brand: null,
          description: `Обрезная доска хвойных пород ${t}×${w}×6000 мм, ${sort} сорт по ГОСТ 8486-86, естественной влажности.`,
          unit: 'м³',
          weightKg: PINE_KG_M3,
          volumeM3: 1,
          attributes: {
            species: 'сосна/ель',
            sort,
            thickness_mm: t,
            width_mm: w,
            length_mm: 6000,
            pcs_per_m3: Math.floor(1 / boxM3(t, w, 6000)),
          },
          priceRub: priceRub + (t <= 25 ? 1500 : 0),
          minQty: 0.5,
          step: 0.5,
        }),
      );
    }
  }
  for (const [name, t, w, l, priceRub] of [
    ['Доска строганая сухая', 20, 95, 3000, 195],
    ['Доска строганая сухая', 20, 120, 3000, 245],
    ['Доска строганая сухая', 45, 145, 6000, 1180],
    ['Доска строганая сухая', 45, 195, 6000, 1620],
    ['Доска пола шпунтованная сухая', 36, 135, 6000, 1080],
  ] as const) {
    const v = boxM3(t, w, l);
    out.push(
      spec({
        group: 'PIL',
        category: 'doska-strogannaya',
        name: `${name} ${t}×${w}×${l} мм, сорт AB`,
        brand: null,
        description: `${name} из сосны ${t}×${w}×${l} мм, камерная сушка до 12–14 %.`,
        unit: 'шт',
        weightKg: v * DRY_PINE_KG_M3,
        volumeM3: v,
        attributes: { species: 'сосна', sort: 'AB', thickness_mm: t, width_mm: w, length_mm: l },
        priceRub,
      }),
    );
  }
  for (const [name, species, t, cls, packM2, priceRub] of [
    ['Евровагонка 12,5×96×3000', 'сосна', 12.5, 'A', 2.64, 720],
    ['Евровагонка 12,5×96×3000', 'сосна', 12.5, 'AB', 2.64, 560],
    ['Евровагонка 12,5×96×3000', 'сосна', 12.5, 'B', 2.64, 430],
    ['Вагонка 14×96×2000', 'липа', 14, 'Экстра', 1.76, 1350],
    ['Блок-хаус 36×140×6000', 'сосна', 36, 'AB', 2.88, 1150],
    ['Имитация бруса 20×145×6000', 'сосна', 20, 'AB', 3.24, 880],
  ] as const) {
    out.push(
      spec({
        group: 'PIL',
        category: 'vagonka',
        name: `${name}, ${species}, класс ${cls}`,
        brand: null,
        description: `${name.split(' ')[0]} из ${species === 'липа' ? 'липы' : 'сосны'}, класс ${cls}, упаковка ${ruNum(packM2)} м².`,
        unit: 'м²',
        packSize: packM2,
        weightKg: (t / 1000) * DRY_PINE_KG_M3,
        volumeM3: t / 1000,
        attributes: { species, class: cls, thickness_mm: t, pack_area_m2: packM2 },
        priceRub,
      }),
    );
  }
  const plywood = (name: string, brand: string, l: number, w: number, t: number, grade: string, priceRub: number) =>
    spec({
      group: 'FAN',
      category: 'fanera',
      name: `${name} ${l}×${w}×${t} мм, сорт ${grade}`,
      brand,
      description: `${name} ${l}×${w} мм толщиной ${t} мм, сорт ${grade}, шлифованная.`,
      unit: 'лист',
      weightKg: boxM3(l, w, t) * 650,
      volumeM3: boxM3(l, w, t),
      attributes: { type: name.split(' ')[1] ?? name, thickness_mm: t, length_mm: l, width_mm: w, grade },
      priceRub,
    });
  for (const [t, price] of [
    [4, 520],
    [6, 660],
    [8, 860],
    [10, 1020],
    [12, 1220],
    [15, 1520],
    [18, 1820],
  ] as const) {
    out.push(plywood('Фанера ФК березовая', 'Свеза', 1525, 1525, t, '4/4', price));
  }
  for (const [t, price] of [
    [9, 1320],
    [12, 1680],
    [18, 2450],
    [21, 2850],
  ] as const) {
    out.push(plywood('Фанера ФСФ влагостойкая', 'Свеза', 2440, 1220, t, '3/4', price));
  }
  out.push(plywood('Фанера ламинированная F/W', 'Свеза', 2440, 1220, 18, 'F/W', 4450));
  for (const [brand, t, price] of [
    ['Калевала', 9, 760],
    ['Калевала', 12, 960],
    ['Калевала', 15, 1210],
    ['Калевала', 18, 1460],
    ['Talion', 9, 820],
    ['Talion', 12, 1030],
    ['Ultralam', 9, 790],
    ['Ultralam', 12, 990],
    ['Kronospan', 12, 1060],
  ] as const) {
    out.push(
      spec({
        group: 'OSB',
        category: 'osb-plity',
        name: `Плита OSB-3 ${brand} 2500×1250×${t} мм`,
        brand,
        description: `Ориентированно-стружечная плита OSB-3 ${t} мм, влагостойкая: полы, кровля, каркасные стены.`,
        unit: 'лист',
        weightKg: boxM3(2500, 1250, t) * 620,
        volumeM3: boxM3(2500, 1250, t),
        attributes: { type: 'OSB-3', thickness_mm: t, length_mm: 2500, width_mm: 1250 },
        priceRub: price,
        ean: true,
      }),
    );
  }
  return out;
}

export const LUMBER_PRODUCTS: readonly ProductSpec[] = lumber();
