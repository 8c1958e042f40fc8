import { ruNum, spec, type ProductSpec } from './demo-product-spec.js';

function plumbing(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const ppr: [string, string, number, string, number, number][] = [
    ['Valtec', 'PN20', 20, 'без армирования', 0.17, 72],
    ['Valtec', 'PN20', 25, 'без армирования', 0.27, 112],
    ['Valtec', 'PN20', 32, 'без армирования', 0.43, 182],
    ['Valtec', 'PN20', 40, 'без армирования', 0.67, 295],
    ['Pro Aqua', 'PN25', 20, 'армированная стекловолокном', 0.15, 112],
    ['Pro Aqua', 'PN25', 25, 'армированная стекловолокном', 0.23, 162],
    ['РТП', 'PN25', 32, 'армированная стекловолокном', 0.36, 265],
  ];
  for (const [brand, pn, d, kind, weightKg, priceRub] of ppr) {
    out.push(
      spec({
        group: 'SAN',
        category: 'truby-ppr',
        name: `Труба полипропиленовая ${brand} ${pn} ${d} мм, ${kind}`,
        brand,
        description: `Труба PP-R ${pn} наружным диаметром ${d} мм, ${kind}; отрезки по 2 м. Водоснабжение и отопление.`,
        unit: 'м',
        packSize: 2,
        weightKg,
        volumeM3: (d * d) / 1e6,
        attributes: { pressure: pn, diameter_mm: d, reinforcement: kind, material: 'PP-R', length_m: 2 },
        priceRub,
      }),
    );
  }
  const sewer: [string, string, number, number, number, number][] = [
    ['Труба канализационная ПП 50×1000 мм', 'Sinikon', 50, 1000, 0.35, 152],
    ['Труба канализационная ПП 50×2000 мм', 'Sinikon', 50, 2000, 0.7, 265],
    ['Труба канализационная ПП 110×1000 мм', 'Sinikon', 110, 1000, 0.95, 385],
    ['Труба канализационная ПП 110×2000 мм', 'Sinikon', 110, 2000, 1.9, 655],
    ['Труба канализационная ПП 110×3000 мм', 'Sinikon', 110, 3000, 2.85, 960],
    ['Отвод канализационный ПП 110 мм 45°', 'Sinikon', 110, 200, 0.25, 165],
    ['Тройник канализационный ПП 110×110 мм 45°', 'Sinikon', 110, 300, 0.45, 305],
    ['Труба канализационная наружная ПВХ 110×3000 мм, рыжая', 'Ostendorf', 110, 3000, 6.6, 1420],
    ['Труба канализационная наружная ПВХ 160×3000 мм, рыжая', 'Ostendorf', 160, 3000, 12.5, 2650],
  ];
  for (const [name, brand, d, l, weightKg, priceRub] of sewer) {
    out.push(
      spec({
        group: 'SAN',
        category: 'kanalizaciya',
        name,
        brand,
        description: `${name}: безнапорная канализация, раструб с уплотнительным кольцом.`,
        unit: 'шт',
        weightKg,
        volumeM3: (d * d * l) / 1e9,
        attributes: { diameter_mm: d, length_mm: l, material: name.includes('ПВХ') ? 'ПВХ' : 'ПП' },
        priceRub,
        ean: true,
      }),
    );
  }
  const mixers: [string, string, string, number, number][] = [
    ['Смеситель для раковины Iddis Vane', 'Iddis', 'для раковины', 1.3, 3950],
    ['Смеситель для ванны Iddis Vane', 'Iddis', 'для ванны', 2.4, 6250],
    ['Смеситель для кухни Lemark Plus Grace', 'Lemark', 'для кухни', 1.6, 5550],
    ['Смеситель для раковины Rossinka Silvermix', 'Rossinka', 'для раковины', 1.2, 3550],
    ['Смеситель для раковины Grohe Eurosmart', 'Grohe', 'для раковины', 1.5, 9850],
    ['Смеситель для ванны Grohe Eurosmart', 'Grohe', 'для ванны', 2.7, 14500],
    ['Смеситель для раковины Hansgrohe Logis 100', 'Hansgrohe', 'для раковины', 1.6, 11600],
  ];
  for (const [name, brand, kind, weightKg, priceRub] of mixers) {
    out.push(
      spec({
        group: 'SAN',
        category: 'smesiteli',
        name: `${name}, хром`,
        brand,
        description: `Однорычажный смеситель ${kind}, керамический картридж, хромированная латунь.`,
        unit: 'шт',
        weightKg,
        volumeM3: 0.006,
        attributes: { purpose: kind, color: 'хром', mount: 'однорычажный' },
        priceRub,
        ean: true,
      }),
    );
  }
  for (const [name, brand, weightKg, priceRub] of [
    ['Унитаз-компакт Cersanit Parva с сиденьем микролифт', 'Cersanit', 31, 9550],
    ['Унитаз-компакт Santek Анимо с сиденьем', 'Santek', 30, 9100],
    ['Унитаз-компакт Sanita Luxe Best безободковый', 'Sanita Luxe', 33, 10600],
    ['Унитаз-компакт Roca Meridian безободковый', 'Roca', 36, 24500],
  ] as const) {
    out.push(
      spec({
        group: 'SAN',
        category: 'unitazy',
        name,
        brand,
        description: `${name}: напольный, выпуск горизонтальный, двойной смыв.`,
        unit: 'шт',
        weightKg,
        volumeM3: 0.25,
        attributes: { mount: 'напольный', outlet: 'горизонтальный', flush: 'двойной' },
        priceRub,
        ean: true,
      }),
    );
  }
  for (const sections of [4, 6, 8, 10, 12]) {
    out.push(
      spec({
        group: 'SAN',
        category: 'radiatory',
        name: `Радиатор биметаллический Rifar Base 500, ${sections} секций`,
        brand: 'Rifar',
        description: `Биметаллический секционный радиатор Rifar Base 500 (межосевое 500 мм), ${sections} секций, ${sections * 204} Вт.`,
        unit: 'шт',
        weightKg: sections * 1.92,
        volumeM3: (sections * 80 * 100 * 570) / 1e9,
        attributes: { type: 'биметаллический', center_distance_mm: 500, sections, power_w: sections * 204 },
        priceRub: sections * 1060,
        ean: true,
      }),
    );
  }
  for (const [name, brand, type, sections, power, weightKg, volumeM3, priceRub] of [
    ['Радиатор Royal Thermo Revolution 500, 8 секций', 'Royal Thermo', 'алюминиевый', 8, 1464, 9.6, 0.038, 7650],
    ['Радиатор Royal Thermo Revolution 500, 10 секций', 'Royal Thermo', 'алюминиевый', 10, 1830, 12, 0.048, 9550],
    ['Радиатор панельный Kermi FKO 22 500×1000', 'Kermi', 'стальной панельный', undefined, 1715, 28, 0.05, 14200],
    [
      'Радиатор панельный Buderus Logatrend K-Profil 22 500×800',
      'Buderus',
      'стальной панельный',
      undefined,
      1372,
      22,
      0.04,
      9850,
    ],
  ] as const) {
    out.push(
      spec({
        group: 'SAN',
        category: 'radiatory',
        name,
        brand,
        description: `${name}: ${type} радиатор отопления, теплоотдача ${power} Вт при ΔT 70 °C.`,
        unit: 'шт',
        weightKg,
        volumeM3,
        attributes: { type, center_distance_mm: 500, sections, power_w: power },
        priceRub,
        ean: true,
      }),
    );
  }
  return out;
}

function electrical(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const cables: [string, string, number, number, number][] = [
    ['ВВГнг(А)-LS', 'Кабэкс', 3, 1.5, 86],
    ['ВВГнг(А)-LS', 'Кабэкс', 3, 2.5, 132],
    ['ВВГнг(А)-LS', 'Кабэкс', 3, 4, 212],
    ['ВВГнг(А)-LS', 'Кабэкс', 3, 6, 312],
    ['ВВГнг(А)-LS', 'Конкорд', 5, 2.5, 218],
    ['ВВГнг(А)-LS', 'Конкорд', 5, 4, 345],
    ['ВВГнг(А)-LS', 'Конкорд', 5, 6, 515],
    ['ВВГ-Пнг(А)', 'Камкабель', 2, 1.5, 53],
    ['ВВГ-Пнг(А)', 'Камкабель', 2, 2.5, 86],
    ['ВВГ-Пнг(А)', 'Севкабель', 3, 1.5, 73],
    ['ВВГ-Пнг(А)', 'Севкабель', 3, 2.5, 116],
    ['NYM', 'Севкабель', 3, 1.5, 96],
    ['NYM', 'Севкабель', 3, 2.5, 142],
    ['ПВС', 'Конкорд', 3, 0.75, 61],
    ['ПВС', 'Конкорд', 3, 1.5, 106],
  ];
  for (const [type, brand, cores, section, priceRub] of cables) {
    const cs = `${cores}×${ruNum(section)}`;
    // Copper plus insulation: roughly 25 g per mm² of copper per metre.
    const kgPerM = 0.025 * cores * section + 0.04;
    out.push(
      spec({
        group: 'ELK',
        category: 'kabel',
        name: `Кабель ${type} ${cs} мм²`,
        brand,
        description: `Кабель ${type} ${cs} мм², медь, ГОСТ 31996-2012. Отрез от 1 м, бухта 100 м.`,
        unit: 'м',
        weightKg: kgPerM,
        volumeM3: 0.0001 * cores * Math.sqrt(section),
        attributes: { type, cores, section_mm2: section, cross_section: cs.replace(',', '.'), coil_m: 100 },
        priceRub,
        ean: false,
      }),
    );
  }
  const breakers: [string, string, string, number, string, number][] = [
    ['Автоматический выключатель IEK ВА47-29', 'IEK', '1P', 10, 'C', 215],
    ['Автоматический выключатель IEK ВА47-29', 'IEK', '1P', 16, 'C', 215],
    ['Автоматический выключатель IEK ВА47-29', 'IEK', '1P', 25, 'C', 215],
    ['Автоматический выключатель IEK ВА47-29', 'IEK', '1P', 32, 'C', 235],
    ['Автоматический выключатель IEK ВА47-29', 'IEK', '2P', 25, 'C', 565],
    ['Автоматический выключатель IEK ВА47-29', 'IEK', '3P', 25, 'C', 860],
    ['Автоматический выключатель EKF PROxima ВА 47-63', 'EKF', '1P', 16, 'C', 245],
    ['Автоматический выключатель Systeme Electric City9', 'Systeme Electric', '1P', 16, 'C', 395],
    ['Автоматический выключатель Systeme Electric City9', 'Systeme Electric', '1P', 25, 'C', 395],
  ];
  for (const [name, brand, poles, current, curve, priceRub] of breakers) {
    const modules = Number(poles[0]);
    out.push(
      spec({
        group: 'ELK',
        category: 'avtomaty',
        name: `${name} ${poles} ${curve}${current} 4,5 кА`,
        brand,
        description: `Модульный автоматический выключатель ${poles}, характеристика ${curve}, ${current} А, 4,5 кА, на DIN-рейку.`,
        unit: 'шт',
        weightKg: 0.11 * modules,
        volumeM3: 0.00012 * modules,
        attributes: { poles, rated_current_a: current, curve, breaking_capacity_ka: 4.5 },
        priceRub,
        ean: true,
      }),
    );
  }
  for (const [name, brand, current, priceRub] of [
    ['Дифавтомат IEK АВДТ32 C16 30 мА', 'IEK', 16, 1490],
    ['УЗО IEK ВД1-63 2P 40 А 30 мА', 'IEK', 40, 1390],
    ['УЗО EKF PROxima ВД-100 2P 25 А 30 мА', 'EKF', 25, 1150],
  ] as const) {
    out.push(
      spec({
        group: 'ELK',
        category: 'avtomaty',
        name,
        brand,
        description: `${name}: защита от утечки тока 30 мА, 2 модуля на DIN-рейку.`,
        unit: 'шт',
        weightKg: 0.25,
        volumeM3: 0.00025,
        attributes: { poles: '2P', rated_current_a: current, leakage_ma: 30 },
        priceRub,
        ean: true,
      }),
    );
  }
  const devices: [string, string, string, number][] = [];
  for (const color of ['белый', 'антрацит']) {
    devices.push(
      [`Розетка Systeme Electric AtlasDesign с заземлением, ${color}`, 'Systeme Electric', color, 325],
      [`Выключатель одноклавишный Systeme Electric AtlasDesign, ${color}`, 'Systeme Electric', color, 305],
      [`Выключатель двухклавишный Systeme Electric AtlasDesign, ${color}`, 'Systeme Electric', color, 385],
    );
  }
  devices.push(
    ['Розетка Werkel с заземлением, белая', 'Werkel', 'белый', 455],
    ['Розетка Lezard Mira с заземлением, белая', 'Lezard', 'белый', 185],
    ['Выключатель одноклавишный Lezard Mira, белый', 'Lezard', 'белый', 175],
  );
  for (const [name, brand, color, priceRub] of devices) {
    out.push(
      spec({
        group: 'ELK',
        category: 'rozetki-i-vyklyuchateli',
        name,
        brand,
        description: `${name}: механизм для скрытой установки, 16 А 250 В.`,
        unit: 'шт',
        weightKg: 0.09,
        volumeM3: 0.0003,
        attributes: { color, mount: 'скрытый', rated_current_a: 16 },
        priceRub,
        ean: true,
      }),
    );
  }
  for (const [kind, d, coil, rubPerM] of [
    ['ПВХ', 16, 100, 13.5],
    ['ПВХ', 20, 100, 17.5],
    ['ПВХ', 25, 50, 24],
    ['ПНД', 20, 100, 20.5],
  ] as const) {
    out.push(
      spec({
        group: 'ELK',
        category: 'gofrotruba',
        name: `Труба гофрированная ${kind} ${d} мм с зондом, бухта ${coil} м`,
        brand: 'IEK',
        description: `Гофротруба ${kind} ${d} мм с протяжкой для прокладки кабеля; продаётся бухтами по ${coil} м.`,
        unit: 'м',
        packSize: coil,
        weightKg: d * 0.003,
        volumeM3: (d * d) / 1e6,
        attributes: { material: kind, diameter_mm: d, coil_m: coil },
        priceRub: rubPerM,
        ean: true,
      }),
    );
  }
  for (const [size, priceRub] of [
    ['16×16', 72],
    ['25×16', 92],
  ] as const) {
    out.push(
      spec({
        group: 'ELK',
        category: 'gofrotruba',
        name: `Кабель-канал ${size} мм 2 м, белый`,
        brand: 'IEK',
        description: `Пластиковый кабель-канал ${size} мм длиной 2 м для открытой проводки.`,
        unit: 'шт',
        weightKg: 0.2,
        volumeM3: 0.0008,
        attributes: { size, length_m: 2, color: 'белый' },
        priceRub,
        ean: true,
      }),
    );
  }
  for (const [name, brand, power, weightKg, volumeM3, priceRub] of [
    ['Светильник светодиодный панель 595×595 36 Вт 4000 K', 'IEK', 36, 2.2, 0.012, 920],
    ['Светильник светодиодный панель 595×595 40 Вт 6500 K', 'Gauss', 40, 2.3, 0.012, 1050],
    ['Прожектор светодиодный 50 Вт 6500 K IP65', 'Gauss', 50, 0.9, 0.003, 1020],
    ['Лампа светодиодная A60 10 Вт E27 4100 K', 'Gauss', 10, 0.06, 0.0003, 155],
    ['Светильник ЖКХ светодиодный с датчиком движения 12 Вт IP65', 'IEK', 12, 0.4, 0.002, 640],
  ] as const) {
    out.push(
      spec({
        group: 'ELK',
        category: 'svetilniki',
        name,
        brand,
        description: `${name}: светодиодное освещение для дома, офиса и склада.`,
        unit: 'шт',
        weightKg,
        volumeM3,
        attributes: { power_w: power },
        priceRub,
        ean: true,
      }),
    );
  }
  return out;
}

export const ENGINEERING_PRODUCTS: readonly ProductSpec[] = [...plumbing(), ...electrical()];
