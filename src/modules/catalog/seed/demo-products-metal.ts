import { STEEL_KG_M3, barKgPerM, boxM3, ruNum, spec, tagPrice, type ProductSpec } from './demo-product-spec.js';

function metal(): ProductSpec[] {
  const out: ProductSpec[] = [];
  for (const d of [6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 32]) {
    // Thin bar costs more per tonne: more rolling per kilogram.
    const rubPerKg = d <= 8 ? 110 : d === 10 ? 100 : d <= 16 ? 95 : 92;
    const kgPerM = barKgPerM(d);
    out.push(
      spec({
        group: 'ARM',
        category: 'armatura',
        name: `Арматура А500С ${d} мм`,
        brand: d <= 16 ? 'Северсталь' : 'Абинский ЭМЗ',
        description:
          `Арматура рифлёная свариваемая класса А500С по ГОСТ 34028-2016, диаметр ${d} мм, ` +
          `прутки 11,7 м; ${kgPerM.toFixed(3).replace('.', ',')} кг/м. Резка в размер.`,
        unit: 'пог. м',
        weightKg: kgPerM,
        volumeM3: (Math.PI * d * d) / 4 / 1e6,
        attributes: { class: 'А500С', diameter_mm: d, length_m: 11.7, kg_per_m: Number(kgPerM.toFixed(3)) },
        priceRub: tagPrice(kgPerM * rubPerKg),
      }),
    );
  }
  for (const d of [6, 8, 10]) {
    const kgPerM = barKgPerM(d);
    out.push(
      spec({
        group: 'ARM',
        category: 'armatura',
        name: `Арматура гладкая А240 ${d} мм`,
        brand: 'НЛМК',
        description: `Гладкая арматура класса А240 (A-I), диаметр ${d} мм, для хомутов и монтажных элементов.`,
        unit: 'пог. м',
        weightKg: kgPerM,
        volumeM3: (Math.PI * d * d) / 4 / 1e6,
        attributes: { class: 'А240', diameter_mm: d, kg_per_m: Number(kgPerM.toFixed(3)) },
        priceRub: tagPrice(kgPerM * 115),
      }),
    );
  }
  for (const [d, kgPerM, priceRub] of [
    [4, 0.02, 14],
    [6, 0.05, 22],
    [8, 0.08, 31],
    [10, 0.12, 43],
  ] as const) {
    const coil = d <= 8 ? 50 : 1;
    out.push(
      spec({
        group: 'ARM',
        category: 'armatura',
        name: `Арматура композитная стеклопластиковая АКП-СП ${d} мм`,
        brand: 'Гален',
        description:
          `Композитная арматура АКП-СП ${d} мм по ГОСТ 31938-2022` +
          (coil > 1 ? `, бухты по ${coil} м.` : ', прутки в размер.'),
        unit: 'пог. м',
        packSize: coil,
        weightKg: kgPerM,
        volumeM3: (Math.PI * d * d) / 4 / 1e6,
        attributes: { class: 'АКП-СП', diameter_mm: d, material: 'стеклопластик' },
        priceRub,
      }),
    );
  }

  const meshes: [string, number, number, number, number][] = [
    ['50×50', 3, 0.5, 2, 165],
    ['50×50', 4, 0.5, 2, 265],
    ['100×100', 4, 1, 2, 275],
    ['100×100', 5, 2, 3, 1150],
    ['150×150', 5, 2, 3, 820],
  ];
  for (const [cell, wire, w, l, priceRub] of meshes) {
    const step = Number(cell.split('×')[0]) / 1000;
    const wireM = (Math.round(w / step) + 1) * l + (Math.round(l / step) + 1) * w;
    out.push(
      spec({
        group: 'MSH',
        category: 'setka',
        name: `Сетка сварная кладочная ${cell}×${wire} мм ${ruNum(w)}×${ruNum(l)} м`,
        brand: null,
        description: `Сварная сетка из проволоки Вр-1 ${wire} мм, ячейка ${cell} мм, карта ${w}×${l} м: армирование кладки и стяжки.`,
        unit: 'лист',
        weightKg: wireM * barKgPerM(wire),
        volumeM3: (w * l * 2 * wire) / 1000,
        attributes: { cell_mm: cell, wire_mm: wire, width_m: w, length_m: l },
        priceRub,
      }),
    );
  }
  for (const [kind, height, weightKg, priceRub] of [
    ['оцинкованная', 1.5, 15, 1950],
    ['оцинкованная', 1.8, 18, 2350],
    ['в ПВХ, зелёная', 1.5, 17, 2650],
  ] as const) {
    out.push(
      spec({
        group: 'MSH',
        category: 'setka',
        name: `Сетка-рабица ${kind} 50×50×1,6 мм ${ruNum(height)}×10 м`,
        brand: null,
        description: `Плетёная сетка-рабица ${kind}, ячейка 50 мм, высота ${height} м, рулон 10 м: заборы и вольеры.`,
        unit: 'рулон',
        weightKg,
        volumeM3: height * 0.07,
        // A roll's 10 m is unrolled: it travels as a roll `height` long (length_m would ask for a 10 m body).
        attributes: { cell_mm: '50×50', wire_mm: 1.6, height_m: height, roll_length_m: 10, coating: kind },
        priceRub,
      }),
    );
  }
  out.push(
    spec({
      group: 'MSH',
      category: 'setka',
      name: 'Сетка штукатурная ЦПВС 10×10 мм 1×10 м',
      brand: null,
      description: 'Цельнопросечная стальная сетка для армирования штукатурки слоем более 30 мм.',
      unit: 'рулон',
      weightKg: 5,
      volumeM3: 0.03,
      attributes: { cell_mm: '10×10', width_m: 1, roll_length_m: 10 },
      priceRub: 920,
    }),
  );

  for (const [a, b, t] of [
    [20, 20, 1.5],
    [40, 20, 2],
    [40, 40, 2],
    [60, 40, 2],
    [60, 60, 2],
    [80, 80, 3],
    [100, 100, 3],
    [100, 100, 4],
  ] as const) {
    const kgPerM = (STEEL_KG_M3 / 1e6) * (2 * (a + b) * t - 4 * t * t);
    out.push(
      spec({
        group: 'MTL',
        category: 'profilnye-truby',
        name: `Труба профильная ${a}×${b}×${ruNum(t)} мм`,
        brand: null,
        description: `Труба стальная профильная ${a}×${b} мм, стенка ${t} мм, ГОСТ 30245-2003, длина 6 м.`,
        unit: 'м',
        weightKg: kgPerM,
        volumeM3: boxM3(a, b, 1000),
        attributes: { size: `${a}×${b}`, wall_mm: t, length_m: 6, kg_per_m: Number(kgPerM.toFixed(2)) },
        priceRub: tagPrice(kgPerM * 120),
      }),
    );
  }
  for (const [a, t, kgPerM] of [
    [25, 4, 1.46],
    [32, 4, 1.91],
    [40, 4, 2.42],
    [50, 5, 3.77],
    [63, 5, 4.81],
    [75, 6, 6.89],
  ] as const) {
    out.push(
      spec({
        group: 'MTL',
        category: 'ugolok-i-shveller',
        name: `Уголок стальной равнополочный ${a}×${a}×${t} мм`,
        brand: null,
        description: `Горячекатаный равнополочный уголок ${a}×${a}×${t} мм по ГОСТ 8509-93, длина 6 м.`,
        unit: 'м',
        weightKg: kgPerM,
        volumeM3: boxM3(a, a, 1000),
        attributes: { size: `${a}×${a}`, wall_mm: t, length_m: 6, kg_per_m: kgPerM },
        priceRub: tagPrice(kgPerM * 110),
      }),
    );
  }
  for (const [mark, h, b, kgPerM] of [
    ['10П', 100, 46, 8.59],
    ['12П', 120, 52, 10.24],
    ['14П', 140, 58, 12.3],
    ['16П', 160, 64, 14.2],
  ] as const) {
    out.push(
      spec({
        group: 'MTL',
        category: 'ugolok-i-shveller',
        name: `Швеллер ${mark}`,
        brand: null,
        description: `Швеллер с параллельными гранями полок ${mark} по ГОСТ 8240-97, длина 11,7 м.`,
        unit: 'м',
        weightKg: kgPerM,
        volumeM3: boxM3(h, b, 1000),
        attributes: { size: mark, height_mm: h, length_m: 11.7, kg_per_m: kgPerM },
        priceRub: tagPrice(kgPerM * 105),
      }),
    );
  }
  for (const [d, kind, priceRub] of [
    [1.2, 'отожжённая', 170],
    [1.6, 'отожжённая', 160],
    [2, 'оцинкованная', 215],
  ] as const) {
    out.push(
      spec({
        group: 'MTL',
        category: 'provoloka',
        name: `Проволока вязальная ${kind} ${ruNum(d)} мм`,
        brand: null,
        description: `Проволока вязальная ${kind} ${d} мм для вязки арматурных каркасов; отпуск на вес.`,
        unit: 'кг',
        weightKg: 1,
        volumeM3: 0.0004,
        attributes: { diameter_mm: d, coating: kind },
        priceRub,
      }),
    );
  }
  return out;
}

export const METAL_PRODUCTS: readonly ProductSpec[] = metal();
