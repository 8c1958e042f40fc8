/**
 * Vehicle classes the guide price chooses from, with 2026 tariffs in kopecks. The numbers are
 * Moscow-region market rates for the body sizes construction materials travel in (Газель for
 * bags and boards, 5–10 t trucks for pallets, a фура for full loads, манипуляторы for pallets
 * that must be lifted off); carriers bid against this figure, so it should be fair, not low.
 */
export type VehicleClassId = 'gazelle' | 'truck-5t' | 'truck-10t' | 'semi-20t' | 'crane-7t' | 'crane-long-10t';

export interface VehicleTariff {
  id: VehicleClassId;
  /** What a customer or carrier calls it. */
  name: string;
  payloadKg: number;
  bodyVolumeM3: number;
  bodyLengthM: number;
  /** A loader crane (КМУ): the only classes allowed when the load needs a crane. */
  crane: boolean;
  /** Подача: getting the vehicle to the warehouse and loaded. */
  baseMinor: number;
  /** Per road km; a multiple of 10 kopecks, so a distance of 0.1 km costs whole kopecks. */
  ratePerKmMinor: number;
  /** Per tonne carried; a multiple of 1 000 kopecks (10 ₽), so each kg costs whole kopecks. */
  ratePerTonneMinor: number;
  /** The least a carrier takes for one trip, however short (in practice a few hours' hire). */
  minChargeMinor: number;
  /** Per vehicle, added when the load needs unloading by crane; 0 for classes without one. */
  craneSurchargeMinor: number;
}

const RUB = 100;

export const DEFAULT_TARIFFS: readonly Readonly<VehicleTariff>[] = Object.freeze(
  (
    [
      {
        id: 'gazelle',
        name: 'Газель 1,5 т (тент)',
        payloadKg: 1_500,
        bodyVolumeM3: 9,
        bodyLengthM: 3,
        crane: false,
        baseMinor: 1_500 * RUB,
        ratePerKmMinor: 45 * RUB,
        ratePerTonneMinor: 300 * RUB,
        minChargeMinor: 4_500 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'truck-5t',
        name: 'Грузовик 5 т (тент, 6 м)',
        payloadKg: 5_000,
        bodyVolumeM3: 36,
        bodyLengthM: 6,
        crane: false,
        baseMinor: 2_500 * RUB,
        ratePerKmMinor: 60 * RUB,
        ratePerTonneMinor: 250 * RUB,
        minChargeMinor: 7_000 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'truck-10t',
        name: 'Грузовик 10 т (тент, 7,2 м)',
        payloadKg: 10_000,
        bodyVolumeM3: 50,
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
        payloadKg: 20_000,
        bodyVolumeM3: 82,
        bodyLengthM: 13.6,
        crane: false,
        baseMinor: 5_000 * RUB,
        ratePerKmMinor: 100 * RUB,
        ratePerTonneMinor: 150 * RUB,
        minChargeMinor: 15_000 * RUB,
        craneSurchargeMinor: 0,
      },
      {
        id: 'crane-7t',
        name: 'Манипулятор 7 т (борт 6,2 м, кран 3 т)',
        payloadKg: 7_000,
        bodyVolumeM3: 30,
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
        payloadKg: 10_000,
        bodyVolumeM3: 60,
        bodyLengthM: 12,
        crane: true,
        baseMinor: 6_000 * RUB,
        ratePerKmMinor: 120 * RUB,
        ratePerTonneMinor: 250 * RUB,
        minChargeMinor: 18_000 * RUB,
        craneSurchargeMinor: 4_000 * RUB,
      },
    ] satisfies VehicleTariff[]
  ).map((tariff) => Object.freeze(tariff)),
);
