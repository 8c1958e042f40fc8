/**
 * The search relevance set: queries as buyers type them, each with the demo products the buyer
 * means (docs/domain.md "Search"). A judgement is a rule over the demo cards, resolved to SKUs when
 * the evaluation runs; every rule must name at least one card, so a judgement cannot rot silently.
 * Judge by what the buyer wants, never by what the search returns today.
 */
/* eslint-disable-next-line tutuu/module-boundaries -- the relevance set judges the demo catalogue's own cards */
import type { DemoProduct } from '../../src/modules/catalog/seed/demo-catalog-data.js';

export type Judgement = (p: DemoProduct) => boolean;

export interface RelevanceQuery {
  q: string;
  /** What kind of query it is, for the per-kind figures. */
  kind: 'colloquial' | 'typo' | 'translit' | 'size' | 'grade' | 'brand' | 'form' | 'code';
  means: Judgement;
}

const name =
  (re: RegExp): Judgement =>
  (p) =>
    re.test(p.name);
const brand =
  (b: string): Judgement =>
  (p) =>
    p.brand === b;
const attr =
  (key: string, value: string): Judgement =>
  (p) =>
    p.attributes[key] === value;
const sku =
  (...skus: string[]): Judgement =>
  (p) =>
    skus.includes(p.sku);
const all =
  (...rules: Judgement[]): Judgement =>
  (p) =>
    rules.every((r) => r(p));

const brick = name(/^Кирпич /);
const grinder = name(/^Угловая шлифмашина/);

export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  // Brands and models typed in the other alphabet
  { q: 'роквул', kind: 'translit', means: brand('Rockwool') },
  { q: 'утеплитель роквул', kind: 'translit', means: brand('Rockwool') },
  { q: 'rockwool лайт баттс', kind: 'brand', means: all(brand('Rockwool'), name(/Лайт Баттс/)) },
  { q: 'кнауф ротбанд', kind: 'brand', means: name(/Ротбанд/) },
  { q: 'knauf rotband', kind: 'translit', means: name(/Ротбанд/) },
  { q: 'церезит см 11', kind: 'translit', means: sku('TT-SMS-0020') },
  { q: 'церезит ст 17', kind: 'translit', means: name(/Ceresit CT 17/) },
  { q: 'ceresit cm 14', kind: 'code', means: sku('TT-SMS-0021') },
  { q: 'технониколь пена', kind: 'brand', means: sku('TT-PNA-0005') },
  { q: 'technonicol xps', kind: 'translit', means: all(brand('ТЕХНОНИКОЛЬ'), name(/XPS/)) },
  { q: 'макита перфоратор', kind: 'translit', means: sku('TT-INS-0001') },
  { q: 'макита болгарка', kind: 'translit', means: all(brand('Makita'), grinder) },
  { q: 'бош шуруповерт', kind: 'translit', means: sku('TT-INS-0007') },
  { q: 'итонг', kind: 'translit', means: all(brand('Ytong'), name(/Газобетонный блок/)) },
  { q: 'бонолит d500', kind: 'translit', means: all(brand('Bonolit'), attr('density', 'D500')) },
  { q: 'пеноплекс комфорт', kind: 'translit', means: name(/Пеноплэкс Комфорт/) },
  { q: 'penoplex 50', kind: 'translit', means: all(brand('Пеноплэкс'), attr('thickness_mm', '50')) },
  { q: 'изовер', kind: 'translit', means: brand('Isover') },
  { q: 'урса', kind: 'translit', means: brand('URSA') },
  { q: 'тайтан пена', kind: 'translit', means: all(brand('Tytan'), name(/^Пена/)) },
  { q: 'грое смеситель', kind: 'translit', means: all(brand('Grohe'), name(/^Смеситель/)) },
  { q: 'керама марацци', kind: 'translit', means: brand('Kerama Marazzi') },
  { q: 'таркет ламинат', kind: 'translit', means: all(brand('Tarkett'), name(/^Ламинат/)) },
  { q: 'шинглас', kind: 'translit', means: name(/Shinglas/) },
  { q: 'ондулин', kind: 'brand', means: all(brand('Onduline'), name(/^Ондулин/)) },
  // Trade names and colloquial words
  { q: 'профлист', kind: 'colloquial', means: name(/^Профнастил/) },
  { q: 'профлист с8', kind: 'colloquial', means: name(/^Профнастил С8/) },
  { q: 'болгарка', kind: 'colloquial', means: grinder },
  { q: 'ушм 125', kind: 'colloquial', means: grinder },
  { q: 'газоблок', kind: 'colloquial', means: name(/^Газобетонный блок/) },
  { q: 'газосиликат 300', kind: 'colloquial', means: all(name(/^Газобетонный блок/), attr('thickness_mm', '300')) },
  { q: 'кирпич одинарный', kind: 'colloquial', means: all(brick, attr('format', '1НФ')) },
  { q: 'полуторный кирпич', kind: 'colloquial', means: all(brick, attr('format', '1.4НФ')) },
  { q: 'кирпич двойной', kind: 'colloquial', means: all(brick, attr('format', '2.1НФ')) },
  { q: 'гкл', kind: 'colloquial', means: name(/^Гипсокартон/) },
  { q: 'гипсокартон влагостойкий', kind: 'colloquial', means: name(/^Гипсокартон .*ГКЛВ /) },
  { q: 'осб 9', kind: 'colloquial', means: all(name(/^Плита OSB/), name(/×9 мм/)) },
  { q: 'OSB плита 12 мм', kind: 'colloquial', means: all(name(/^Плита OSB/), name(/×12 мм/)) },
  { q: 'пенопласт', kind: 'colloquial', means: name(/^Пенопласт/) },
  { q: 'ппс 25', kind: 'colloquial', means: name(/^Пенопласт ППС 25/) },
  { q: 'минвата', kind: 'colloquial', means: all(name(/^Утеплитель/), (p) => p.brand !== 'Кнауф Терм') },
  { q: 'минвата 100 мм', kind: 'colloquial', means: all(name(/^Утеплитель/), attr('thickness_mm', '100')) },
  { q: 'рабица', kind: 'colloquial', means: name(/^Сетка-рабица/) },
  { q: 'профтруба 40х20', kind: 'colloquial', means: sku('TT-MTL-0002') },
  { q: 'мягкая кровля', kind: 'colloquial', means: name(/^Гибкая черепица/) },
  { q: 'дифавтомат', kind: 'colloquial', means: name(/^Дифавтомат/) },
  { q: 'автомат 16а', kind: 'colloquial', means: all(name(/^Автоматический выключатель/), name(/C16/)) },
  { q: 'шпатлевка финишная', kind: 'colloquial', means: name(/^Шпаклёвка (финишная|готовая|полимерная)|Финиш/) },
  { q: 'пескобетон', kind: 'colloquial', means: name(/^Пескобетон/) },
  { q: 'батарея биметалл', kind: 'colloquial', means: name(/^Радиатор биметаллический/) },
  // Sizes in any spelling
  { q: 'кирпич 250х120х65', kind: 'size', means: all(brick, attr('height_mm', '65'), attr('width_mm', '120')) },
  { q: 'кирпич 250x120x88', kind: 'size', means: all(brick, attr('height_mm', '88')) },
  { q: 'кирпич 25*12*6,5 см', kind: 'size', means: all(brick, attr('height_mm', '65'), attr('width_mm', '120')) },
  { q: 'газобетон 600×250×200', kind: 'size', means: all(name(/^Газобетонный блок/), name(/600×250×200$/)) },
  { q: 'брус 100 х 100', kind: 'size', means: sku('TT-PIL-0001') },
  { q: 'доска 50х150', kind: 'size', means: all(name(/^Доска обрезная 50×150/)) },
  { q: 'фанера 18мм', kind: 'size', means: all(name(/^Фанера/), name(/×18 мм/)) },
  { q: 'уголок 50х50', kind: 'size', means: sku('TT-MTL-0012') },
  // Grades, classes, diameters
  { q: 'цемент м500', kind: 'grade', means: all(name(/^Цемент/), attr('strength', 'М500')) },
  {
    q: 'цемент m 500 д0',
    kind: 'grade',
    means: all(name(/^Цемент/), attr('strength', 'М500'), attr('additive', 'Д0')),
  },
  { q: 'газобетон д500', kind: 'grade', means: all(name(/^Газобетонный блок/), attr('density', 'D500')) },
  { q: 'арматура a500c 12', kind: 'grade', means: sku('TT-ARM-0004') },
  { q: 'арматура 12', kind: 'grade', means: sku('TT-ARM-0004') },
  { q: 'арматура 8 мм', kind: 'grade', means: name(/^Арматура .* 8 мм$/) },
  { q: 'бетон b25', kind: 'grade', means: sku('TT-BET-0006') },
  { q: 'бетон м350', kind: 'grade', means: sku('TT-BET-0006') },
  { q: 'кирпич м175', kind: 'grade', means: all(brick, attr('strength', 'М175')) },
  { q: 'пф 115 белая', kind: 'grade', means: all(name(/^Эмаль ПФ-115/), name(/белая/)) },
  // Typos
  { q: 'цемнт', kind: 'typo', means: name(/^Цемент/) },
  { q: 'кирпичь', kind: 'typo', means: brick },
  { q: 'гипсакартон', kind: 'typo', means: name(/^Гипсокартон/) },
  { q: 'перфаратор', kind: 'typo', means: name(/^Перфоратор/) },
  { q: 'ламинад', kind: 'typo', means: name(/ламинат/i) },
  { q: 'шпаклевка', kind: 'typo', means: name(/^Шпаклёвка/) },
  { q: 'арматуры', kind: 'form', means: name(/^Арматура/) },
  // Plural and case forms
  { q: 'кирпича', kind: 'form', means: brick },
  { q: 'саморезы по дереву', kind: 'form', means: name(/^Саморез по дереву/) },
  { q: 'гвоздей строительных', kind: 'form', means: name(/^Гвозди строительные/) },
  { q: 'смесители для ванны', kind: 'form', means: name(/^Смеситель для ванны/) },
  { q: 'радиаторы', kind: 'form', means: name(/^Радиатор/) },
  // Everyday shopping-list lines
  { q: 'клей для газобетона', kind: 'form', means: name(/^Клей для газобетона/) },
  { q: 'плитка для ванной', kind: 'colloquial', means: name(/^Плитка настенная/) },
  { q: 'ламинат 33 класс', kind: 'form', means: all(name(/^Ламинат/), name(/33 класс/)) },
  { q: 'утеплитель для фасада', kind: 'colloquial', means: name(/^Утеплитель .*(Фасад|ТехноФас)/) },
  { q: 'пароизоляция', kind: 'colloquial', means: name(/^(Пароизоляция|Гидро-пароизоляция)/) },
  { q: 'саморезы для гипсокартона', kind: 'colloquial', means: name(/^Саморез .*для ГКЛ/) },
  { q: 'кабель ввг 3х2.5', kind: 'size', means: name(/^Кабель ВВГ.* 3×2,5 мм²/) },
  { q: 'кабель ввгнг 3 на 1,5', kind: 'size', means: name(/^Кабель ВВГ.* 3×1,5 мм²/) },
  { q: 'розетка с заземлением', kind: 'form', means: name(/^Розетка .*с заземлением/) },
  { q: 'лампочка е27', kind: 'colloquial', means: name(/^Лампа светодиодная .*E27/) },
  { q: 'плёнка 200 мкм', kind: 'size', means: name(/^Плёнка полиэтиленовая 200 мкм/) },
  { q: 'смеситель на кухню', kind: 'form', means: name(/^Смеситель для кухни/) },
  { q: 'унитаз безободковый', kind: 'form', means: all(name(/^Унитаз/), name(/безободковый/)) },
  { q: 'радиатор 10 секций', kind: 'form', means: all(name(/^Радиатор/), name(/10 секций/)) },
  // Codes
  { q: 'TT-CEM-0001', kind: 'code', means: sku('TT-CEM-0001') },
  { q: 'hr2470', kind: 'code', means: sku('TT-INS-0001') },
  { q: 'ва47-29 c25', kind: 'code', means: all(name(/ВА47-29/), name(/C25/)) },
];
