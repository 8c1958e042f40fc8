/**
 * The vehicle classes the guide price chooses from (docs/domain.md, The delivery guide price): each
 * a body type (body-types.ts), its payload, volume, body length and crane, and its 2026 tariff in
 * kopecks. The numbers are Moscow-region market rates for the trucks construction materials
 * travel in — a Газель for bags and boards, 5–10 t тенты for pallets, a фура or a длинномер for
 * full loads and long steel, манипуляторы for pallets lifted off, самосвалы for sand and gravel,
 * a цементовоз for bulk cement, a миксер for ready concrete; carriers bid against this figure, so
 * it should be fair, not low. The list is data: a test or a future admin table may pass another.
 */
import type { BodyType, VehicleShape } from './body-types.js';

export type VehicleClassId =
  | 'gazelle'
  | 'van-3t'
  | 'truck-5t'
  | 'flatbed-5t'
  | 'truck-10t'
  | 'semi-20t'
  | 'long-20t'
  | 'crane-7t'
  | 'crane-long-10t'
  | 'dump-10t'
  | 'dump-25t'
  | 'cement-tanker-25t'
  | 'mixer-7m3'
  | 'mixer-9m3';

export interface VehicleTariff extends VehicleShape {
  id: VehicleClassId;
  /** What a customer or carrier calls it. */
  name: string;
  bodyType: BodyType;
  payloadKg: number;
  /** Body (or tank, drum) volume, m³. */
  volumeM3: number;
  /** Inside length of the body; for a tank or a drum the length it takes no long item in anyway. */
  bodyLengthM: number;
  /** A loader crane (КМУ): the only classes allowed when general cargo is unloaded by crane. */
  crane: boolean;
  /** Подача: getting the vehicle to the warehouse and loaded. */
  baseMinor: number;
  /** Per road km; a multiple of 10 kopecks, so a distance of 0.1 km costs whole kopecks. */
  ratePerKmMinor: number;
  /** Per tonne carried; a multiple of 1 000 kopecks (10 ₽), so each kg costs whole kopecks. */
  ratePerTonneMinor: number;
  /** The least a carrier takes for one trip, however short (in practice a few hours' hire). */
  minChargeMinor: number;
  /** Per vehicle, added when general cargo is unloaded by crane; 0 for classes without one. */
  craneSurchargeMinor: number;
}

const RUB = 100;

export const DEFAULT_TARIFFS: readonly Readonly<VehicleTariff>[] = Object.freeze(
  (
    [
      // Тент: pallets, bags, boards under a tarpaulin, loaded from the side or the back.
      {
        id: 'gazelle',
        name: 'Газель 1,5 т (тент)',
        bodyType: 'tent',
        payloadKg: 1_500,
        volumeM3: 9,
        bodyLengthM: 3,
        crane: false,
        baseMinor: 1_500 * RUB,
        ratePerKmMinor: 45 * RUB,
        ratePerTonneMinor: 300 * RUB,
        minChargeMinor: 4_500 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'van-3t',
        name: 'Фургон 3 т (4,2 м, 18 м³)',
        bodyType: 'van',
        payloadKg: 3_000,
        volumeM3: 18,
        bodyLengthM: 4.2,
        crane: false,
        baseMinor: 2_000 * RUB,
        ratePerKmMinor: 50 * RUB,
        ratePerTonneMinor: 280 * RUB,
        minChargeMinor: 6_000 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'truck-5t',
        name: 'Грузовик 5 т (тент, 6 м)',
        bodyType: 'tent',
        payloadKg: 5_000,
        volumeM3: 36,
        bodyLengthM: 6,
        crane: false,
        baseMinor: 2_500 * RUB,
        ratePerKmMinor: 60 * RUB,
        ratePerTonneMinor: 250 * RUB,
        minChargeMinor: 7_000 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'flatbed-5t',
        name: 'Бортовой 5 т (борт 6,2 м)',
        bodyType: 'flatbed',
        payloadKg: 5_000,
        volumeM3: 30,
        bodyLengthM: 6.2,
        crane: false,
        baseMinor: 2_600 * RUB,
        ratePerKmMinor: 60 * RUB,
        ratePerTonneMinor: 250 * RUB,
        minChargeMinor: 7_500 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'truck-10t',
        name: 'Грузовик 10 т (тент, 7,2 м)',
        bodyType: 'tent',
        payloadKg: 10_000,
        volumeM3: 50,
        bodyLengthM: 7.2,
        crane: false,
        baseMinor: 3_500 * RUB,
        ratePerKmMinor: 80 * RUB,
        ratePerTonneMinor: 200 * RUB,
        minChargeMinor: 10_000 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'semi-20t',
        name: 'Фура 20 т (тент, 13,6 м)',
        bodyType: 'tent',
        payloadKg: 20_000,
        volumeM3: 82,
        bodyLengthM: 13.6,
        crane: false,
        baseMinor: 5_000 * RUB,
        ratePerKmMinor: 100 * RUB,
        ratePerTonneMinor: 150 * RUB,
        minChargeMinor: 15_000 * RUB,
        craneSurchargeMinor: 0,
      },
      // Длинномер: an open 13.6 m platform loaded by crane from above (rebar, beams, pipes).
      {
        id: 'long-20t',
        name: 'Длинномер 20 т (платформа 13,6 м)',
        bodyType: 'long_flatbed',
        payloadKg: 20_000,
        volumeM3: 60,
        bodyLengthM: 13.6,
        crane: false,
        baseMinor: 5_500 * RUB,
        ratePerKmMinor: 110 * RUB,
        ratePerTonneMinor: 150 * RUB,
        minChargeMinor: 17_000 * RUB,
        craneSurchargeMinor: 0,
      },
      // Манипулятор: a flatbed with a loader crane, for pallets the site cannot take off by hand.
      {
        id: 'crane-7t',
        name: 'Манипулятор 7 т (борт 6,2 м, кран 3 т)',
        bodyType: 'crane',
        payloadKg: 7_000,
        volumeM3: 30,
        bodyLengthM: 6.2,
        crane: true,
        baseMinor: 4_000 * RUB,
        ratePerKmMinor: 90 * RUB,
        ratePerTonneMinor: 250 * RUB,
        minChargeMinor: 12_000 * RUB,
        craneSurchargeMinor: 3_000 * RUB,
      },
      {
        id: 'crane-long-10t',
        name: 'Манипулятор-длинномер 10 т (борт 12 м, кран 5 т)',
        bodyType: 'crane',
        payloadKg: 10_000,
        volumeM3: 60,
        bodyLengthM: 12,
        crane: true,
        baseMinor: 6_000 * RUB,
        ratePerKmMinor: 120 * RUB,
        ratePerTonneMinor: 250 * RUB,
        minChargeMinor: 18_000 * RUB,
        craneSurchargeMinor: 4_000 * RUB,
      },
      // Самосвал: sand, gravel, soil, tipped on site; weight fills it before volume does (sand ≈ 1.6 t/m³).
      {
        id: 'dump-10t',
        name: 'Самосвал 10 т (8 м³)',
        bodyType: 'dump',
        payloadKg: 10_000,
        volumeM3: 8,
        bodyLengthM: 4.5,
        crane: false,
        baseMinor: 3_000 * RUB,
        ratePerKmMinor: 70 * RUB,
        ratePerTonneMinor: 150 * RUB,
        minChargeMinor: 9_000 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'dump-25t',
        name: 'Самосвал 25 т (16 м³)',
        bodyType: 'dump',
        payloadKg: 25_000,
        volumeM3: 16,
        bodyLengthM: 5.6,
        crane: false,
        baseMinor: 5_000 * RUB,
        ratePerKmMinor: 95 * RUB,
        ratePerTonneMinor: 120 * RUB,
        minChargeMinor: 14_000 * RUB,
        craneSurchargeMinor: 0,
      },
      // Цементовоз: a pneumatic tank, bulk cement blown into the customer's silo (≈ 1.3 t/m³).
      {
        id: 'cement-tanker-25t',
        name: 'Цементовоз 25 т (30 м³)',
        bodyType: 'cement_tanker',
        payloadKg: 25_000,
        volumeM3: 30,
        bodyLengthM: 9,
        crane: false,
        baseMinor: 7_000 * RUB,
        ratePerKmMinor: 110 * RUB,
        ratePerTonneMinor: 200 * RUB,
        minChargeMinor: 18_000 * RUB,
        craneSurchargeMinor: 0,
      },
      // Бетоновоз (миксер): ready concrete, ≈ 2.4 t/m³, so the drum's volume is the limit.
      {
        id: 'mixer-7m3',
        name: 'Бетоновоз (миксер) 7 м³',
        bodyType: 'concrete_mixer',
        payloadKg: 17_000,
        volumeM3: 7,
        bodyLengthM: 5,
        crane: false,
        baseMinor: 4_000 * RUB,
        ratePerKmMinor: 90 * RUB,
        ratePerTonneMinor: 100 * RUB,
        minChargeMinor: 9_000 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'mixer-9m3',
        name: 'Бетоновоз (миксер) 9 м³',
        bodyType: 'concrete_mixer',
        payloadKg: 22_000,
        volumeM3: 9,
        bodyLengthM: 5.5,
        crane: false,
        baseMinor: 4_500 * RUB,
        ratePerKmMinor: 100 * RUB,
        ratePerTonneMinor: 100 * RUB,
        minChargeMinor: 11_000 * RUB,
        craneSurchargeMinor: 0,
      },
    ] satisfies VehicleTariff[]
  ).map((tariff) => Object.freeze(tariff)),
);
