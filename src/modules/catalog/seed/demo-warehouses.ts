import { VAT_RATES_BY_REGIME, type TaxRegime, type VatRate } from '../../../shared/tax-regimes.js';

export interface WarehouseSpec {
  code: string;
  name: string;
  address: string;
  lat: number;
  lon: number;
  workingHours: string;
  pickup: boolean;
}

/**
 * Where a seller's warehouses stand and its tax regime; seller N gets region N mod 5. The two demo
 * sellers are a VAT payer (Москва) and an УСН seller at 5 % (Санкт-Петербург), as users.seed.ts records.
 */
export interface SellerRegion {
  city: string;
  /** Name for a synthetic seller made for benchmarks when fewer sellers are given. */
  syntheticName: string;
  taxRegime: TaxRegime;
  warehouses: readonly WarehouseSpec[];
}

/** The rate the region's seller puts on its offers: the first its regime allows (22 % for a VAT payer). */
export function regionVatRate(region: SellerRegion): VatRate {
  return VAT_RATES_BY_REGIME[region.taxRegime][0]!;
}

export const SELLER_REGIONS: readonly SellerRegion[] = [
  {
    city: 'Москва',
    syntheticName: 'ООО «СтройСнаб Москва»',
    taxRegime: 'vat_payer',
    warehouses: [
      {
        code: 'MSK-1',
        name: 'Склад на Профсоюзной',
        address: 'Москва, Профсоюзная ул., 56',
        lat: 55.6705,
        lon: 37.5527,
        workingHours: 'пн–сб 8:00–20:00, вс 9:00–18:00',
        pickup: true,
      },
      {
        code: 'MSK-2',
        name: 'Склад в Видном',
        address: 'Московская обл., Видное, Белокаменное ш., 1',
        lat: 55.5551,
        lon: 37.7124,
        workingHours: 'ежедневно 8:00–21:00',
        pickup: true,
      },
      {
        code: 'MSK-3',
        name: 'Распределительный центр Химки',
        address: 'Московская обл., Химки, Ленинградское ш., 1-й км, стр. 4',
        lat: 55.9005,
        lon: 37.4082,
        workingHours: 'пн–пт 8:00–18:00',
        pickup: false,
      },
    ],
  },
  {
    city: 'Санкт-Петербург',
    syntheticName: 'ООО «Невский Стройторг»',
    taxRegime: 'usn_vat_5',
    warehouses: [
      {
        code: 'SPB-1',
        name: 'Склад на Софийской',
        address: 'Санкт-Петербург, Софийская ул., 14',
        lat: 59.8637,
        lon: 30.4284,
        workingHours: 'пн–сб 8:00–20:00',
        pickup: true,
      },
      {
        code: 'SPB-2',
        name: 'Склад Парнас',
        address: 'Санкт-Петербург, пос. Парголово, 3-й Верхний пер., 1',
        lat: 60.0706,
        lon: 30.3824,
        workingHours: 'ежедневно 8:00–20:00',
        pickup: true,
      },
      {
        code: 'SPB-3',
        name: 'Склад Кудрово',
        address: 'Ленинградская обл., Кудрово, Центральная ул., 41',
        lat: 59.9063,
        lon: 30.5133,
        workingHours: 'пн–пт 9:00–18:00',
        pickup: false,
      },
    ],
  },
  {
    city: 'Казань',
    syntheticName: 'ООО «КамаСтройРесурс»',
    taxRegime: 'usn',
    warehouses: [
      {
        code: 'KZN-1',
        name: 'Склад на Тэцевской',
        address: 'Казань, Тэцевская ул., 4',
        lat: 55.8301,
        lon: 49.0669,
        workingHours: 'пн–сб 8:00–19:00',
        pickup: true,
      },
      {
        code: 'KZN-2',
        name: 'Склад Усады',
        address: 'Республика Татарстан, Высокогорский р-н, пос. Усады, ул. Дорожная, 2',
        lat: 55.7395,
        lon: 49.1985,
        workingHours: 'ежедневно 8:00–20:00',
        pickup: true,
      },
    ],
  },
  {
    city: 'Екатеринбург',
    syntheticName: 'ООО «УралСтройКомплект»',
    taxRegime: 'vat_payer',
    warehouses: [
      {
        code: 'EKB-1',
        name: 'Склад на Черняховского',
        address: 'Екатеринбург, ул. Черняховского, 86',
        lat: 56.7829,
        lon: 60.5548,
        workingHours: 'пн–сб 8:00–20:00',
        pickup: true,
      },
      {
        code: 'EKB-2',
        name: 'Склад Берёзовский',
        address: 'Свердловская обл., Берёзовский, Транспортников ул., 1',
        lat: 56.9093,
        lon: 60.7845,
        workingHours: 'пн–пт 8:00–17:00',
        pickup: false,
      },
    ],
  },
  {
    city: 'Новосибирск',
    syntheticName: 'ООО «СибМатериалы»',
    taxRegime: 'vat_payer',
    warehouses: [
      {
        code: 'NSK-1',
        name: 'Склад на Станционной',
        address: 'Новосибирск, Станционная ул., 30а',
        lat: 55.0172,
        lon: 82.8396,
        workingHours: 'пн–сб 8:00–20:00',
        pickup: true,
      },
      {
        code: 'NSK-2',
        name: 'Склад Толмачёвский',
        address: 'Новосибирск, Толмачёвское ш., 19',
        lat: 54.9946,
        lon: 82.7642,
        workingHours: 'ежедневно 9:00–21:00',
        pickup: true,
      },
      {
        code: 'NSK-3',
        name: 'Склад Бердск',
        address: 'Новосибирская обл., Бердск, ул. Химзаводская, 11',
        lat: 54.7776,
        lon: 83.0834,
        workingHours: 'пн–пт 8:00–17:00',
        pickup: false,
      },
    ],
  },
];

export function regionOf(sellerIndex: number): SellerRegion {
  return SELLER_REGIONS[sellerIndex % SELLER_REGIONS.length]!;
}
