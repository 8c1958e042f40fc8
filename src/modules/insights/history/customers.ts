import { rngFor, type Rng } from './random.js';

/** The two regions the history's customers build in (the demo sellers' cities). */
export type HistoryRegion = 'moscow' | 'spb';

export interface HistoryCustomer {
  /** 1-based: `buyer-00042@history.tutuu.demo`. */
  n: number;
  email: string;
  name: string;
  phone: string;
  kind: 'person' | 'company';
  company: { name: string; inn: string; kpp: string; address: string } | null;
  region: HistoryRegion;
  /** Where the goods go: a building site in one of the region's towns. */
  site: { address: string; lat: number; lon: number };
}

export const HISTORY_EMAIL_DOMAIN = 'history.tutuu.demo';

const TOWNS: Record<HistoryRegion, readonly [string, number, number][]> = {
  moscow: [
    ['г. Москва', 55.7512, 37.6184],
    ['Московская обл., г. Одинцово', 55.678, 37.264],
    ['Московская обл., г. Красногорск', 55.831, 37.33],
    ['Московская обл., г. Мытищи', 55.91, 37.736],
    ['Московская обл., г. Балашиха', 55.796, 37.938],
    ['Московская обл., г. Подольск', 55.431, 37.545],
    ['Московская обл., г. Истра', 55.915, 36.86],
    ['Московская обл., г. Раменское', 55.567, 38.23],
    ['Московская обл., г. Дмитров', 56.344, 37.52],
    ['Московская обл., г. Наро-Фоминск', 55.386, 36.733],
    ['Московская обл., г. Сергиев Посад', 56.3, 38.133],
  ],
  spb: [
    ['г. Санкт-Петербург', 59.9386, 30.3141],
    ['Ленинградская обл., г. Всеволожск', 60.02, 30.637],
    ['Ленинградская обл., г. Гатчина', 59.576, 30.128],
    ['г. Санкт-Петербург, г. Пушкин', 59.714, 30.396],
    ['г. Санкт-Петербург, г. Сестрорецк', 60.098, 29.963],
    ['Ленинградская обл., г. Кировск', 59.875, 30.995],
    ['Ленинградская обл., г. Тосно', 59.54, 30.877],
    ['Ленинградская обл., г. Выборг', 60.71, 28.749],
  ],
};

const MALE = ['Александр', 'Дмитрий', 'Сергей', 'Андрей', 'Алексей', 'Михаил', 'Игорь', 'Николай', 'Павел', 'Олег'];
const FEMALE = ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Анна', 'Мария', 'Ирина', 'Светлана', 'Юлия', 'Екатерина'];
const SURNAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров'];
const SURNAMES2 = ['Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов'];
const FIRM_A = [
  'Строй',
  'Дом',
  'Рем',
  'Гранд',
  'Север',
  'Профи',
  'Техно',
  'Капитал',
  'Мастер',
  'Эко',
  'Альфа',
  'Вектор',
];
const FIRM_B = ['Инвест', 'Монтаж', 'Проект', 'Сервис', 'Групп', 'Строй', 'Девелопмент', 'Ресурс', 'Комплект', 'Дом'];

/** ИНН check digit (ФНС): Σ wᵢ·dᵢ mod 11 mod 10. */
function check(digits: number[], weights: readonly number[]): number {
  return (weights.reduce((s, w, i) => s + w * digits[i]!, 0) % 11) % 10;
}

/** A valid 10-digit company ИНН with the region's tax office code in front (77/50 Москва, 78/47 СПб). */
export function companyInn(rng: Rng, region: HistoryRegion): string {
  const office = region === 'moscow' ? rng.pick(['77', '50']) : rng.pick(['78', '47']);
  const d = [...office, ...Array.from({ length: 7 }, () => String(rng.int(0, 9)))].map(Number);
  d.push(check(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]));
  return d.join('');
}

/** A valid 12-digit individual ИНН (a sole trader's). */
export function personInn(rng: Rng, region: HistoryRegion): string {
  const office = region === 'moscow' ? '77' : '78';
  const d = [...office, ...Array.from({ length: 8 }, () => String(rng.int(0, 9)))].map(Number);
  d.push(check(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  d.push(check(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  return d.join('');
}

function personName(rng: Rng): string {
  const female = rng.chance(0.35);
  const surname = rng.pick(rng.chance(0.5) ? SURNAMES : SURNAMES2);
  return `${rng.pick(female ? FEMALE : MALE)} ${female ? `${surname}а` : surname}`;
}

/**
 * `count` customers, numbered from 1: about a fifth are companies (builders and developers), the
 * rest people; 60 % build around Москва, 40 % around Санкт-Петербург.
 */
export function makeCustomers(count: number, seed: number): HistoryCustomer[] {
  const out: HistoryCustomer[] = [];
  for (let n = 1; n <= count; n++) {
    const rng = rngFor(`customer:${n}`, seed);
    const region: HistoryRegion = rng.chance(0.6) ? 'moscow' : 'spb';
    const kind = rng.chance(0.2) ? 'company' : 'person';
    const [town, lat, lon] = rng.pick(TOWNS[region]);
    const site = {
      address: `${town}, стройплощадка № ${rng.int(1, 400)}`,
      lat: Math.round((lat + rng.uniform(-0.05, 0.05)) * 1e5) / 1e5,
      lon: Math.round((lon + rng.uniform(-0.08, 0.08)) * 1e5) / 1e5,
    };
    const name = personName(rng);
    const code = region === 'moscow' ? rng.pick(['495', '499', '916', '926']) : rng.pick(['812', '921', '911']);
    const phone = `+7 ${code} ${rng.int(100, 999)}-${rng.int(10, 99)}-${rng.int(10, 99)}`;
    let company: HistoryCustomer['company'] = null;
    if (kind === 'company') {
      const inn = companyInn(rng, region);
      company = {
        name: `ООО «${rng.pick(FIRM_A)}${rng.pick(FIRM_B)}${rng.chance(0.3) ? `-${rng.int(1, 99)}` : ''}»`,
        inn,
        kpp: `${inn.slice(0, 4)}01001`,
        address: `${town}, ул. ${rng.pick(['Ленина', 'Садовая', 'Центральная', 'Заводская', 'Лесная'])}, д. ${rng.int(1, 120)}`,
      };
    }
    const email = `buyer-${String(n).padStart(5, '0')}@${HISTORY_EMAIL_DOMAIN}`;
    out.push({ n, email, name, phone, kind, company, region, site });
  }
  return out;
}
