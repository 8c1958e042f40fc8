import createClient, { type Client } from 'openapi-fetch';
import { ApiError, NetworkError, type Problem } from './problem';
import type { paths } from './schema';
import type { Session, TokenPair } from './session';

export type ApiClient = Client<paths>;

const REFRESH_PATH = '/api/v1/users/auth/refresh';

/**
 * A typed client: `api.GET('/api/v1/catalog/products', { params: { query } })`. It sends the access
 * token and device id; on a 401 it refreshes the token pair once (concurrent calls share that one
 * refresh, since a refresh token is single use) and repeats the call.
 */
export function createApiClient(
  session: Session,
  baseUrl = '',
  /**
   * Runs a refresh alone among every client sharing the storage (browser tabs: navigator.locks),
   * so two of them never spend the same single-use refresh token.
   */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T> = (fn) => fn(),
): ApiClient {
  let refreshing: Promise<boolean> | null = null;

  const refresh = (): Promise<boolean> => {
    refreshing ??= exclusive(async () => {
      // Read inside the lock: another tab may have rotated it meanwhile.
      const refreshToken = session.refreshToken;
      if (!refreshToken) return false;
      const res = await fetch(`${baseUrl}${REFRESH_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-device-id': session.deviceId },
        body: JSON.stringify({ refreshToken }),
      }).catch(() => null);
      if (res?.ok) {
        session.set((await res.json()) as TokenPair);
        return true;
      }
      // Offline is not a logout: keep the refresh token for when the network is back. A refused
      // token ends the session only if it is still the one stored.
      if (res && res.status >= 400 && res.status < 500 && session.refreshToken === refreshToken) session.clear();
      return false;
    }).finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  const send = (request: Request): Promise<Response> => {
    const headers = new Headers(request.headers);
    headers.set('x-device-id', session.deviceId);
    if (session.accessToken) headers.set('authorization', `Bearer ${session.accessToken}`);
    return fetch(new Request(request, { headers })).catch((e: unknown) => {
      throw new NetworkError(e);
    });
  };

  const authFetch = async (request: Request): Promise<Response> => {
    const retry = request.clone();
    // After a reload only the refresh token is known: get an access token before the first call.
    if (!session.accessToken && session.refreshToken && !request.url.endsWith(REFRESH_PATH)) await refresh();
    const first = await send(request);
    if (first.status !== 401 || request.url.endsWith(REFRESH_PATH) || !session.refreshToken) return first;
    return (await refresh()) ? send(retry) : first;
  };

  return createClient<paths>({ baseUrl, fetch: authFetch });
}

/** The data of a call, or an ApiError carrying the problem document. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  // openapi-fetch has read the body already: its parsed error is the problem document.
  const problem: Problem =
    error && typeof error === 'object'
      ? { ...(error as Partial<Problem>), status: response.status }
      : { status: response.status, title: typeof error === 'string' ? error : response.statusText };
  throw new ApiError(problem);
}
