import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { slots } from '../../shared/slots.js';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): slow on purpose so a
 * stolen hash is expensive to guess, yet about 25 ms on one core so logins stay cheap.
 */
export const ARGON2_PARAMS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

// zxcvbn-ts ships the most common leaked passwords (~30 000); shorter ones fail the length rule anyway.
const COMMON = new Set(
  dictionary['passwords-common'].filter((p) => p.length >= MIN_PASSWORD_LENGTH).map((p) => p.toLowerCase()),
);
// Keyboard walks and digit runs on Russian layouts that English lists miss.
for (const p of [
  'йцукенгшщз',
  'йцукенгшщзхъ',
  'фывапролдж',
  'ячсмитьбю',
  'qwertyuiop[]',
  '1234567890',
  '0987654321',
  '1q2w3e4r5t',
  'пароль12345',
  'парольпароль',
]) {
  COMMON.add(p);
}

/** Why a password is not acceptable, or null. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  const mail = email.trim().toLowerCase();
  if (lower === mail || lower === mail.split('@')[0]) return 'must not be your email';
  if (COMMON.has(lower)) return 'is one of the most common passwords; choose another';
  if (/^(.)\1+$/.test(password)) return 'must not be one character repeated';
  return null;
}

/**
 * Hashes running at once, at most: each holds 19 MiB, and more of them than cores finish no
 * sooner. libuv would run four; on 2 cores this keeps a burst of logins 38 MiB smaller.
 */
const inHashSlot = slots(Math.min(4, availableParallelism()));

export function hashPassword(password: string): Promise<string> {
  return inHashSlot(() => argon2.hash(password, ARGON2_PARAMS));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await inHashSlot(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * A hash to verify against when the email is unknown, so "no such user" costs the same time
 * as "wrong password" and does not reveal which emails have accounts.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('timing-equaliser-not-a-real-password');
  return dummyHash;
}
