export const ROLES = ['customer', 'seller', 'carrier', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: made by the auth guard from a verified access token; services take it as is. */
export interface Principal {
  userId: string;
  role: Role;
  sessionId: string;
  /** `approved` for sellers and carriers that may trade, `active` for customers and admins. */
  status: string;
}

/** Sellers and carriers trade only once an admin has approved them (docs/domain.md, Actors and accounts). */
export function canTrade(p: Pick<Principal, 'role' | 'status'>): boolean {
  if (p.role === 'seller' || p.role === 'carrier') return p.status === 'approved';
  return p.status !== 'suspended';
}
