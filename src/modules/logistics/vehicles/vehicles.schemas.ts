import { z } from 'zod';
import { decimalUpTo, line } from '../../../shared/http/field-schemas.js';
import { pageOf, pageQuery } from '../../../shared/http/pagination.js';
import { BODY_LIST, bodyTypeField } from '../body-field.js';
import { BODY_TYPES } from '../body-types.js';
import { normalizePlate } from './plate.js';

export const idParams = z.object({ id: z.uuid('must be a UUID') });

/** The limits the database checks repeat (logistics.tables.ts, vehicles_size_ck). */
export const MAX_PAYLOAD_KG = 60_000;
export const MAX_VOLUME_M3 = 200;
export const MAX_BODY_LENGTH_M = 30;

const bodyType = bodyTypeField.describe(`The body: an id or its Russian name — ${BODY_LIST}`);

const plate = z
  .string()
  .max(24)
  .transform((v, ctx) => {
    const r = normalizePlate(v);
    if (r.ok) return r.plate;
    ctx.addIssue({ code: 'custom', message: r.problem });
    return z.NEVER;
  })
  .describe(
    'Russian plate; stored upper-case Cyrillic without spaces. Standard А123ВС77 / А123ВС777, ' +
      'trailer АВ123477, transit АВ123С77; Latin look-alikes (A B E K M H O P C T Y X) are taken as Cyrillic',
  );

/** A positive decimal with 2 places, at most `max` (as a string or a number). */
const positiveDecimal = (max: number) => decimalUpTo(max, 2).refine((v) => Number(v) > 0, 'must be greater than 0');

const base = z
  .object({
    address: line(500, 0).optional(),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .strict()
  .describe('Where the vehicle usually stands: the job board measures distances from here');

export const vehicleBody = z
  .object({
    bodyType,
    name: line(200, 0).optional().describe('Make and model, or what you call it («КамАЗ 65117 №2»)'),
    payloadKg: z.number().int().min(1).max(MAX_PAYLOAD_KG).describe('Payload, kg'),
    volumeM3: positiveDecimal(MAX_VOLUME_M3).describe('Body volume, m³ (up to 2 decimal places)'),
    bodyLengthM: positiveDecimal(MAX_BODY_LENGTH_M).describe('Inner body length, m (up to 2 decimal places)'),
    crane: z.boolean().optional().describe('Has a crane (КМУ); a манипулятор always has one. Default false'),
    tailLift: z.boolean().optional().describe('Has a tail lift (гидроборт). Default false'),
    plate,
    base,
  })
  .strict();
export const vehiclePatch = vehicleBody.partial().strict();
export type VehicleInput = z.output<typeof vehicleBody>;
export type VehicleChangeInput = z.output<typeof vehiclePatch>;

export const listQuery = z.object({
  carrierId: z.uuid('must be a UUID').optional().describe('Admins: one carrier’s vehicles'),
  ...pageQuery,
});

const trackerKeyState = z.object({
  active: z.boolean(),
  prefix: z.string().nullable().describe('The first characters of the live key; the key itself is never shown again'),
  issuedAt: z.string().nullable(),
});

export const vehicleView = z.object({
  id: z.string(),
  carrierId: z.string(),
  bodyType: z.enum(BODY_TYPES),
  bodyName: z.string(),
  name: z.string(),
  payloadKg: z.number().int(),
  volumeM3: z.string(),
  bodyLengthM: z.string(),
  crane: z.boolean(),
  tailLift: z.boolean(),
  plate: z.string(),
  base: z.object({ address: z.string(), lat: z.number(), lon: z.number() }),
  trackerKey: trackerKeyState,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const vehiclePage = pageOf(vehicleView);

export const issuedKeyView = z.object({
  vehicleId: z.string(),
  key: z.string().describe('The device identifier: shown only in this answer'),
  prefix: z.string(),
  issuedAt: z.string(),
  setup: z.object({
    app: z.string(),
    serverUrl: z.string().describe('Traccar Client: «Адрес сервера»'),
    deviceIdentifier: z.string().describe('Traccar Client: «Идентификатор устройства» (the key)'),
    hint: z.string(),
  }),
});
