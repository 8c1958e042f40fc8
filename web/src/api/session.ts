/**
 * Where the client keeps its tokens. The access token (15 minutes) stays in memory; the refresh
 * token (single use, rotated on every refresh) in the storage given, so a reload keeps the session.
 */
export interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const REFRESH_KEY = 'tutuu.refreshToken';
const DEVICE_KEY = 'tutuu.deviceId';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export class Session {
  private access: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: TokenStorage) {}

  get accessToken(): string | null {
    return this.access;
  }

  get refreshToken(): string | null {
    return this.storage.getItem(REFRESH_KEY);
  }

  /** A stable id of this browser or app install, sent as X-Device-Id so the user can revoke it. */
  get deviceId(): string {
    let id = this.storage.getItem(DEVICE_KEY);
    if (!id) {
      id = crypto.randomUUID();
      this.storage.setItem(DEVICE_KEY, id);
    }
    return id;
  }

  set(tokens: TokenPair): void {
    this.access = tokens.accessToken;
    this.storage.setItem(REFRESH_KEY, tokens.refreshToken);
    this.emit();
  }

  /** Another tab signed someone in: the access token held here belongs to the previous user. */
  forgetAccess(): void {
    this.access = null;
  }

  clear(): void {
    this.access = null;
    this.storage.removeItem(REFRESH_KEY);
    this.emit();
  }

  /** Called when the session starts or ends (log in, log out, a refresh that was refused). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
