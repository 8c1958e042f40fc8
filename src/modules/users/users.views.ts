import type { AuditRow, SessionRow, UserRow } from './users.repository.js';

/** What the API shows of a user: never the password hash. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: UserRow['role'];
  status: UserRow['status'];
  company: { name: string; inn: string; kpp: string | null; address: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

export function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    phone: u.phone,
    role: u.role,
    status: u.status,
    company:
      u.companyName && u.companyInn
        ? { name: u.companyName, inn: u.companyInn, kpp: u.companyKpp, address: u.companyAddress }
        : null,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

export interface DeviceView {
  deviceId: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  sessions: number;
  current: boolean;
}

/** Live sessions grouped by device, most recently seen first. */
export function toDeviceViews(rows: SessionRow[], currentSessionId: string | null): DeviceView[] {
  const byDevice = new Map<string, SessionRow[]>();
  for (const s of rows) byDevice.set(s.deviceId, [...(byDevice.get(s.deviceId) ?? []), s]);
  return [...byDevice.entries()]
    .map(([deviceId, list]) => {
      const latest = list.reduce((a, b) => (b.lastSeenAt > a.lastSeenAt ? b : a));
      const first = list.reduce((a, b) => (b.createdAt < a.createdAt ? b : a));
      return {
        deviceId,
        userAgent: latest.userAgent,
        ip: latest.ip,
        createdAt: first.createdAt.toISOString(),
        lastSeenAt: latest.lastSeenAt.toISOString(),
        sessions: list.length,
        current: list.some((s) => s.id === currentSessionId),
      };
    })
    .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt) || a.deviceId.localeCompare(b.deviceId));
}

export interface AuditView {
  id: string;
  action: string;
  actorId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  at: string;
}

export function toAuditView(a: AuditRow): AuditView {
  return {
    id: a.id,
    action: a.action,
    actorId: a.actorId,
    reason: a.reason,
    details: a.details,
    at: a.createdAt.toISOString(),
  };
}
