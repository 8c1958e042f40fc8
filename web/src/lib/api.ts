import { QueryClient } from '@tanstack/react-query';
import { ApiError, createApiClient, Session } from '../api';

/** The one session and typed client of this browser tab. */
export const session = new Session(window.localStorage);
export const api = createApiClient(session, '', (fn) =>
  navigator.locks ? navigator.locks.request('tutuu-refresh', fn) : fn(),
);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A 4xx will not heal by asking again; a network blip might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// Logging out (or a refused refresh) must not leave someone else's data in the cache.
session.subscribe(() => {
  if (!session.refreshToken) queryClient.clear();
});
