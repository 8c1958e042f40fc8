/** Why a line has no offer (or cannot be bought as it stands), in Russian, by its stable code. */
import type { LineReasonCode } from '../estimate.js';

export function reasonText(code: LineReasonCode, seller?: string): string {
  switch (code) {
    case 'no_fitting_product':
      return 'В каталоге нет товара с нужными характеристиками в подходящей единице продажи';
    case 'not_enough_stock':
      return 'Ни на одном складе нет нужного количества подходящего товара';
    case 'not_at_this_seller':
      return `У продавца «${seller ?? ''}» этого нет, есть у других продавцов: выберите предложение вручную`;
    case 'excluded':
      return 'Покупается отдельно: исключено из сметы';
    case 'not_needed':
      return 'Количество — ноль: покупать нечего';
    case 'offer_unavailable':
      return 'Предложение снято с продажи или продавец недоступен';
    case 'off_grid':
      return 'Количество не кратно минимальной партии и шагу предложения';
    case 'no_price':
      return 'Цена не указана';
  }
}
