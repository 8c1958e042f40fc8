import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { ok, type components } from '../api';
import { api, session } from '../lib/api';

export type User = components['schemas']['User'];
export type Role = User['role'];

interface AuthState {
  /** undefined while the session is being restored after a reload. */
  user: User | null | undefined;
  login(email: string, password: string): Promise<User>;
  logout(everywhere?: boolean): Promise<void>;
  /** After register: the answer carries a token pair like login. */
  adopt(result: components['schemas']['AuthResult']): void;
}

const AuthContext = createContext<AuthState | null>(null);

/** Who signed in last in this browser: other tabs follow a change of user (not a token refresh). */
const USER_KEY = 'tutuu.userId';

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const signedIn = useSyncExternalStore(
    (l) => session.subscribe(l),
    () => session.refreshToken !== null,
  );
  const me = useQuery({
    queryKey: ['me'],
    queryFn: () => ok(api.GET('/api/v1/users/me')),
    enabled: signedIn,
    staleTime: 60_000,
  });

  // Another tab logged out, or logged in as someone (else): this tab follows, keeping nothing of
  // the session it had.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === 'tutuu.refreshToken' && e.newValue === null) session.clear();
      // A refresh in another tab only rotates the token; a login there changes who is signed in.
      if (e.key === USER_KEY && e.newValue !== e.oldValue && e.newValue !== null) {
        session.forgetAccess();
        queryClient.clear();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [queryClient]);

  const adopt = useCallback(
    (result: components['schemas']['AuthResult']) => {
      // Signing in over another session: nothing it loaded may show to this user.
      queryClient.clear();
      session.set({ accessToken: result.accessToken, refreshToken: result.refreshToken });
      localStorage.setItem(USER_KEY, result.user.id);
      queryClient.setQueryData(['me'], result.user);
    },
    [queryClient],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await ok(api.POST('/api/v1/users/auth/login', { body: { email, password } }));
      adopt(result);
      return result.user;
    },
    [adopt],
  );

  const logout = useCallback(async (everywhere = false) => {
    const refreshToken = session.refreshToken;
    try {
      if (everywhere) await api.POST('/api/v1/users/auth/logout-all');
      else if (refreshToken) await api.POST('/api/v1/users/auth/logout', { body: { refreshToken } });
    } finally {
      session.clear();
    }
  }, []);

  const user = !signedIn ? null : me.isError ? null : me.data;
  const value = useMemo(() => ({ user, login, logout, adopt }), [user, login, logout, adopt]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

export const ROLE_NAMES: Record<Role, string> = {
  customer: 'Покупатель',
  seller: 'Продавец',
  carrier: 'Перевозчик',
  admin: 'Администратор',
};
