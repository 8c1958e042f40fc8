import { boxM3, ruNum, spec, type ProductSpec } from './demo-product-spec.js';

const RAL: Record<string, string> = {
  'RAL 8017': 'коричневый шоколад',
  'RAL 3005': 'красное вино',
  'RAL 6005': 'зелёный мох',
  'RAL 7024': 'графит',
  'RAL 3011': 'коричнево-красный',
};

function roofing(): ProductSpec[] {
  const out: ProductSpec[] = [];
  const tiles: [string, string, number, string, string[], number][] = [
    ['Grand Line', 'Монтеррей', 0.5, 'Полиэстер', ['RAL 8017', 'RAL 3005', 'RAL 6005', 'RAL 7024'], 720],
    ['Grand Line', 'Монтеррей', 0.45, 'Полиэстер', ['RAL 8017', 'RAL 3011'], 640],
    ['Grand Line', 'Kamea', 0.5, 'Drap', ['RAL 8017', 'RAL 7024'], 1210],
    ['Металл Профиль', 'Монтерроса', 0.5, 'VikingMP', ['RAL 8017', 'RAL 3005'], 960],
    ['Металл Профиль', 'Ламонтерра', 0.5, 'Полиэстер', ['RAL 8017', 'RAL 6005'], 850],
  ];
  for (const [brand, profile, t, coating, colors, priceRub] of tiles) {
    for (const ral of colors) {
      out.push(
        spec({
          group: 'KRV',
          category: 'metallocherepica',
          name: `Металлочерепица ${profile} ${ruNum(t)} мм ${coating} ${ral}`,
          brand,
          description:
            `Металлочерепица ${profile} из оцинкованной стали ${t} мм с покрытием ${coating}, ` +
            `цвет ${ral} (${RAL[ral]}); полезная ширина листа 1100 мм, длина листа под заказ.`,
          unit: 'м²',
          weightKg: t * 9,
          volumeM3: 0.004,
          attributes: {
            profile,
            thickness_mm: t,
            coating,
            color: ral,
            width_mm: 1180,
            useful_width_mm: 1100,
          },
          priceRub,
        }),
      );
    }
  }
  const decking: [string, string, number, string, string | undefined, number, number][] = [
    ['Металл Профиль', 'С8', 0.45, 'оцинковка', undefined, 1150, 520],
    ['Металл Профиль', 'С8', 0.45, 'Полиэстер', 'RAL 8017', 1150, 640],
    ['Металл Профиль', 'С8', 0.45, 'Полиэстер', 'RAL 6005', 1150, 640],
    ['Grand Line', 'С20', 0.5, 'Полиэстер', 'RAL 3005', 1100, 700],
    ['Grand Line', 'С21', 0.5, 'оцинковка', undefined, 1000, 620],
    ['Металл Профиль', 'НС35', 0.5, 'оцинковка', undefined, 1000, 700],
    ['Металл Профиль', 'Н60', 0.7, 'оцинковка', undefined, 845, 1050],
    ['Металл Профиль', 'МП20', 0.45, 'Полиэстер', 'RAL 7024', 1100, 650],
  ];
  for (const [brand, profile, t, coating, ral, usefulWidth, priceRub] of decking) {
    out.push(
      spec({
        group: 'KRV',
        category: 'profnastil',
        name: `Профнастил ${profile} ${ruNum(t)} мм ${ral ? `${coating} ${ral}` : coating}`,
        brand,
        description: `Профилированный лист ${profile} толщиной ${t} мм (${coating}), полезная ширина ${usefulWidth} мм, длина под заказ.`,
        unit: 'м²',
        weightKg: t * 9.5,
        volumeM3: 0.003,
        attributes: { profile, thickness_mm: t, coating, color: ral, useful_width_mm: usefulWidth },
        priceRub,
      }),
    );
  }
  const shingles: [string, string, string, number, number][] = [
    ['Shinglas', 'Финская', 'красный', 3, 1450],
    ['Shinglas', 'Финская', 'коричневый', 3, 1450],
    ['Shinglas', 'Финская', 'зелёный', 3, 1450],
    ['Shinglas', 'Джайв', 'коричневый', 2.6, 2950],
    ['Shinglas', 'Кадриль', 'серый', 3, 2250],
    ['Shinglas', 'Ранчо', 'коричневый', 2.2, 3250],
    ['Döcke', 'PIE Standard', 'коричневый', 3.05, 2100],
  ];
  for (const [brand, collection, color, m2, priceRub] of shingles) {
    out.push(
      spec({
        group: 'KRV',
        category: 'gibkaya-cherepica',
        name: `Гибкая черепица ${brand} ${collection}, ${color}, ${ruNum(m2)} м²`,
        brand: brand === 'Shinglas' ? 'ТЕХНОНИКОЛЬ' : brand,
        description: `Битумная черепица ${brand} ${collection}, цвет ${color}; упаковка на ${m2} м² кровли.`,
        unit: 'упак',
        weightKg: m2 * 8.5,
        volumeM3: 0.05,
        attributes: { collection, color, pack_area_m2: m2 },
        priceRub,
        ean: true,
      }),
    );
  }
  out.push(
    spec({
      group: 'KRV',
      category: 'gibkaya-cherepica',
      name: 'Подкладочный ковёр ТЕХНОНИКОЛЬ Anderep GL Prof 1×40 м',
      brand: 'ТЕХНОНИКОЛЬ',
      description: 'Самоклеящийся подкладочный ковёр под гибкую черепицу, рулон 40 м².',
      unit: 'рулон',
      weightKg: 30,
      volumeM3: 0.06,
      attributes: { area_m2: 40 },
      priceRub: 5400,
      ean: true,
    }),
  );
  for (const [model, color, l, priceRub] of [
    ['Классик', 'красный', 2000, 690],
    ['Классик', 'коричневый', 2000, 690],
    ['Классик', 'зелёный', 2000, 690],
    ['Классик', 'чёрный', 2000, 690],
    ['Smart', 'красный', 1950, 840],
    ['Smart', 'коричневый', 1950, 840],
  ] as const) {
    out.push(
      spec({
        group: 'KRV',
        category: 'ondulin',
        name: `Ондулин ${model} ${l}×950 мм, ${color}`,
        brand: 'Onduline',
        description: `Битумный волнистый лист Ондулин ${model} ${l}×950×3 мм, цвет ${color}.`,
        unit: 'лист',
        weightKg: 6.4,
        volumeM3: boxM3(l, 950, 40),
        attributes: { model, color, length_mm: l, width_mm: 950, thickness_mm: 3 },
        priceRub,
        ean: true,
      }),
    );
  }
  out.push(
    spec({
      group: 'KRV',
      category: 'ondulin',
      name: 'Конёк Ондулин 1000 мм, коричневый',
      brand: 'Onduline',
      description: 'Коньковый элемент для кровли из ондулина.',
      unit: 'шт',
      weightKg: 1.7,
      volumeM3: 0.01,
      attributes: { color: 'коричневый', length_mm: 1000 },
      priceRub: 495,
    }),
  );
  out.push(
    spec({
      group: 'KRV',
      category: 'ondulin',
      name: 'Гвозди для ондулина коричневые, 100 шт',
      brand: 'Onduline',
      description: 'Гвозди с пластиковой шляпкой для крепления листов ондулина (20 шт на лист).',
      unit: 'упак',
      weightKg: 0.6,
      volumeM3: 0.001,
      attributes: { color: 'коричневый', pcs_per_pack: 100 },
      priceRub: 360,
    }),
  );
  const rolls: [string, number, number, number][] = [
    ['Бикрост ХКП', 10, 40, 1150],
    ['Бикрост ТПП', 15, 45, 1350],
    ['Линокром ХПП', 10, 30, 1350],
    ['Линокром ТКП', 10, 45, 1650],
    ['Унифлекс ЭПП', 10, 40, 2700],
    ['Техноэласт ЭКП', 10, 53, 3650],
    ['Рубероид РКК-350', 15, 25, 920],
    ['Стеклоизол ХПП', 9, 27, 1000],
  ];
  for (const [name, m2, weightKg, priceRub] of rolls) {
    out.push(
      spec({
        group: 'KRV',
        category: 'rulonnaya-krovlya',
        name: `${name.startsWith('Рубероид') ? '' : 'Наплавляемый материал '}${name}, ${m2} м²`,
        brand: 'ТЕХНОНИКОЛЬ',
        description: `Рулонный битумный материал ${name} для кровли и гидроизоляции, рулон ${m2} м².`,
        unit: 'рулон',
        weightKg,
        volumeM3: 0.04,
        attributes: { roll_area_m2: m2, grade: name.split(' ')[1] ?? name },
        priceRub,
        ean: true,
      }),
    );
  }
  const gutters: [string, string, number, number][] = [
    ['Желоб водосточный 125 мм 3 м', 'Grand Line', 2.4, 960],
    ['Труба водосточная 90 мм 3 м', 'Grand Line', 2.6, 1010],
    ['Воронка водосточная 125/90 мм', 'Grand Line', 0.5, 485],
    ['Колено трубы 90 мм, 60°', 'Grand Line', 0.3, 385],
    ['Кронштейн желоба 125 мм', 'Grand Line', 0.2, 195],
    ['Желоб водосточный Docke Premium 120 мм 3 м, пломбир', 'Döcke', 1.5, 905],
  ];
  for (const [name, brand, weightKg, priceRub] of gutters) {
    out.push(
      spec({
        group: 'VDS',
        category: 'vodostok',
        name: `${name}, RAL 8017`.replace(', пломбир, RAL 8017', ', пломбир'),
        brand,
        description: `${name}: элемент водосточной системы.`,
        unit: 'шт',
        weightKg,
        volumeM3: name.includes('3 м') ? 0.04 : 0.005,
        attributes: { color: name.includes('пломбир') ? 'пломбир' : 'RAL 8017' },
        priceRub,
      }),
    );
  }
  return out;
}

export const ROOF_PRODUCTS: readonly ProductSpec[] = roofing();
