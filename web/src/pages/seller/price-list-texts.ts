/**
 * The price-list report's row messages (src/modules/catalog/price-lists/row-checker.ts and
 * import-rows.ts write them in English) in Russian; an unknown one becomes «неверное значение».
 */
const COLUMN: Record<string, string> = {
  sku: 'Артикул',
  name: 'Наименование',
  category: 'Категория',
  unit: 'Ед. изм.',
  price: 'Цена',
  vat: 'НДС',
  min_qty: 'Мин. количество',
  step: 'Шаг',
  brand: 'Бренд',
  weight_kg: 'Вес, кг',
  volume_m3: 'Объём, м³',
};

/** The column as the seller knows it; a warehouse code stays as it is («остаток MSK-1»). */
export function columnName(column: string | null): string {
  if (!column) return '—';
  return COLUMN[column] ?? `Остаток на складе ${column}`;
}

const REGIME: Record<string, string> = {
  vat_payer: 'ОСНО (плательщик НДС)',
  usn: 'УСН без НДС',
  usn_vat_5: 'УСН с НДС 5 %',
  usn_vat_7: 'УСН с НДС 7 %',
};

const rates = (list: string) => list.replace(/\bnone\b/g, 'без НДС');

type Groups = [string, string, string];
const RULES: [RegExp, (m: Groups) => string][] = [
  [/^the file has no rows$/, () => 'В файле нет строк'],
  [/^the price list has no rows$/, () => 'В прайс-листе нет строк с товарами'],
  [/^the column is missing$/, () => 'Нет обязательного столбца'],
  [/^unknown column/, () => 'Неизвестный столбец: это не поле прайс-листа и не код вашего склада'],
  [/^the column repeats "(.*)"$/, (m) => `Столбец повторяет «${m[1]}»`],
  [/^must not contain control characters/, () => 'Недопустимые управляющие символы в ячейке'],
  [/^the SKU is required$/, () => 'Не указан артикул'],
  [/^the SKU repeats row (\d+)$/, (m) => `Артикул уже встречался в строке ${m[1]}`],
  [/^the price is required$/, () => 'Не указана цена'],
  [/^not a price in rubles/, () => 'Цена указана неверно: нужна сумма в рублях, например 1 234,50'],
  [/^at most 2 decimal places/, () => 'В цене не больше двух знаков после запятой (копейки)'],
  [/^must be greater than 0$/, () => 'Значение должно быть больше нуля'],
  [/^must not be negative$/, () => 'Значение не может быть отрицательным'],
  [/^not a number$/, () => 'Это не число'],
  [/^at most (\d+) decimal places$/, (m) => `Не больше ${m[1]} знаков после запятой`],
  [/^at most ([\d\s\u00a0,.]+ ₽) a unit$/, (m) => `Цена не больше ${m[1]} за единицу`],
  [/^at most (\d+) characters$/, (m) => `Не длиннее ${m[1]} символов`],
  [/^at most ([\d\s\u00a0,.]+)$/, (m) => `Не больше ${m[1]}`],
  [/^from 2 to 300 characters$/, () => 'Наименование — от 2 до 300 символов'],
  [/^not a category slug or id$/, () => 'Это не код категории'],
  [/^not a unit of sale; use one of (.*)$/, (m) => `Неизвестная единица измерения; допустимы: ${m[1]}`],
  [/^VAT is /, () => 'НДС — 22, 10, 0, 5, 7 или «без НДС»'],
  [
    /^required: no product has this SKU/,
    () => 'Обязательно: товара с таким артикулом нет, строка создаст новую карточку',
  ],
  [/^no category has the slug or id "(.*)"$/, (m) => `Нет категории «${m[1]}»`],
  [
    /^the card with this SKU is sold in (.+?):/,
    (m) => `Товар с этим артикулом продаётся в «${m[1]}»: укажите цену за ${m[1]}`,
  ],
  [/^required for a new offer: (.*)$/, (m) => `Для нового предложения укажите НДС: ${rates(m[1])}`],
  [
    /^your tax regime is (\w+): the VAT rate must be (.*)$/,
    (m) => `Ваш налоговый режим — ${REGIME[m[1]] ?? m[1]}: ставка НДС может быть только ${rates(m[2])}`,
  ],
  [/^must be a whole number of (.+)$/, (m) => `Нужно целое число (${m[1]})`],
  [
    /^([\d.]+) is below the ([\d.]+) already reserved by orders$/,
    (m) => `Остаток ${m[1].replace('.', ',')} меньше уже зарезервированного заказами (${m[2].replace('.', ',')})`,
  ],
  [
    /quote opened in this row is never closed/,
    () => 'Кавычка, открытая в этой строке, не закрыта: файл дальше не прочитан',
  ],
];

export function rowMessage(message: string): string {
  for (const [re, text] of RULES) {
    const m = re.exec(message);
    if (m) return text([m[0], m[1] ?? '', m[2] ?? '']);
  }
  return 'Неверное значение';
}
