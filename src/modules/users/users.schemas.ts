import { z } from 'zod';
import { innField, kppField } from '../../shared/http/field-schemas.js';
import { pageOf, pageQuery } from '../../shared/http/pagination.js';

export const emailField = z.string().trim().toLowerCase().pipe(z.email('must be a valid email address').max(254));
const passwordField = z.string().min(1, 'is required').max(256, 'must be at most 256 characters');
const nameField = z.string().trim().min(1, 'is required').max(200);
const phoneField = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{5,20}$/, 'must be a phone number such as +7 495 123-45-67');

export const companyInput = z.object({
  name: z.string().trim().min(1, 'is required').max(300),
  inn: innField.describe('ИНН: 10 digits for a company, 12 for an individual entrepreneur; check digits verified'),
  kpp: kppField.optional(),
  address: z.string().trim().max(500).optional(),
});

export const registerBody = z
  .object({
    email: emailField,
    password: passwordField.describe('At least 10 characters, not your email, not a common password'),
    name: nameField,
    phone: phoneField.optional(),
    role: z.enum(['customer', 'seller', 'carrier']).describe('Admins are created by the CLI, never here'),
    company: companyInput.optional().describe('Required for sellers and carriers'),
  })
  .superRefine((b, ctx) => {
    if ((b.role === 'seller' || b.role === 'carrier') && !b.company) {
      ctx.addIssue({ code: 'custom', path: ['company'], message: `a ${b.role} must give its company name and ИНН` });
    }
  });

export const loginBody = z.object({ email: emailField, password: passwordField });
export const refreshBody = z.object({ refreshToken: z.string().min(1, 'is required').max(200) });

export const deviceHeaders = z.looseObject({
  'x-device-id': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'X-Device-Id must be 1–128 characters of letters, digits, . _ : -')
    .optional()
    .describe('Names the device this session belongs to'),
});

export const userView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    role: z.enum(['customer', 'seller', 'carrier', 'admin']),
    status: z.enum(['pending', 'active', 'approved', 'suspended']),
    company: z
      .object({ name: z.string(), inn: z.string(), kpp: z.string().nullable(), address: z.string().nullable() })
      .nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

export const authResult = z
  .object({
    user: userView,
    accessToken: z.string().describe('JWT (HS256), valid 15 minutes'),
    refreshToken: z.string().describe('Opaque, valid 30 days, single use: each refresh returns a new one'),
  })
  .meta({ id: 'AuthResult' });

export const profilePatch = z
  .object({
    name: nameField.optional(),
    phone: phoneField.nullable().optional(),
    company: z
      .object({
        name: z.string().trim().min(1).max(300).optional(),
        inn: innField.optional(),
        kpp: kppField.nullable().optional(),
        address: z.string().trim().max(500).nullable().optional(),
      })
      .nullable()
      .optional(),
  })
  .strict();

export const passwordChangeBody = z.object({ currentPassword: passwordField, newPassword: passwordField });

export const deviceView = z.object({
  deviceId: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  sessions: z.number().int(),
  current: z.boolean().describe('This request comes from this device'),
});

export const userListQuery = z.object({
  role: z.enum(['customer', 'seller', 'carrier', 'admin']).optional(),
  status: z.enum(['pending', 'active', 'approved', 'suspended']).optional(),
  q: z.string().max(200).optional().describe('Part of email, name or company name; or an exact ИНН or phone'),
  ...pageQuery,
});

export const userIdParams = z.object({ id: z.uuid('must be a UUID') });
export const deviceIdParams = z.object({ deviceId: z.string().min(1).max(128) });
export const reasonBody = z.object({ reason: z.string().trim().min(1, 'is required').max(1000) });
// nullish: Fastify hands a POST without a body to validation as null.
export const optionalReasonBody = z.object({ reason: z.string().trim().min(1).max(1000).optional() }).nullish();

export const userPage = pageOf(userView);
export const auditPage = pageOf(
  z.object({
    id: z.uuid(),
    action: z.string(),
    actorId: z.string().nullable(),
    reason: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    at: z.string(),
  }),
);
export const revokedBody = z.object({ revokedSessions: z.number().int() });
