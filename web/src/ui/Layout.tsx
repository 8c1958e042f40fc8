import { Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { ROLE_NAMES, useAuth, type Role } from '../auth/auth';
import { Button } from './controls';
import { Loading } from './states';

export interface NavItem {
  to: string;
  label: string;
}

/** What each role sees in the navigation; the catalogue and the estimate are for everyone. */
const NAV: Record<Role | 'anonymous', NavItem[]> = {
  anonymous: [
    { to: '/', label: 'Каталог' },
    { to: '/estimate', label: 'Смета' },
  ],
  customer: [
    { to: '/', label: 'Каталог' },
    { to: '/estimate', label: 'Смета' },
    { to: '/cart', label: 'Корзина' },
    { to: '/orders', label: 'Заказы' },
    { to: '/estimates', label: 'Мои сметы' },
  ],
  seller: [
    { to: '/seller', label: 'Сводка' },
    { to: '/seller/orders', label: 'Заказы' },
    { to: '/seller/offers', label: 'Товары и цены' },
    { to: '/seller/warehouses', label: 'Склады' },
    { to: '/seller/price-lists', label: 'Прайс-лист' },
    { to: '/seller/returns', label: 'Возвраты' },
    { to: '/seller/trends', label: 'Рынок' },
    { to: '/seller/requisites', label: 'Реквизиты' },
  ],
  carrier: [
    { to: '/carrier', label: 'Заявки' },
    { to: '/carrier/bids', label: 'Мои ставки' },
    { to: '/carrier/deliveries', label: 'Доставки' },
    { to: '/carrier/vehicles', label: 'Машины' },
    { to: '/carrier/earnings', label: 'Заработок' },
  ],
  admin: [
    { to: '/admin', label: 'Заявки на допуск' },
    { to: '/admin/users', label: 'Пользователи' },
    { to: '/admin/orders', label: 'Заказы' },
    { to: '/admin/jobs', label: 'Доставки' },
    { to: '/admin/refunds', label: 'Возвраты денег' },
    { to: '/admin/events', label: 'События' },
  ],
};

type Theme = 'light' | 'dark';

function useTheme(): [Theme, (t: Theme) => void] {
  const system = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const [theme, setTheme] = useState<Theme>(() => (localStorage.getItem('tutuu.theme') as Theme | null) ?? system);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return [
    theme,
    (t) => {
      localStorage.setItem('tutuu.theme', t);
      setTheme(t);
    },
  ];
}

function useOnline(): boolean {
  return useSyncExternalStore(
    (l) => {
      window.addEventListener('online', l);
      window.addEventListener('offline', l);
      return () => {
        window.removeEventListener('online', l);
        window.removeEventListener('offline', l);
      };
    },
    () => navigator.onLine,
  );
}

export function Layout() {
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const [theme, setTheme] = useTheme();
  const online = useOnline();
  const items = NAV[user?.role ?? 'anonymous'];
  return (
    <>
      <a className="skip-link" href="#main">
        К содержимому
      </a>
      {!online && (
        <div className="offline-banner" role="status">
          Нет подключения к интернету: показано то, что уже загружено. Действия станут доступны, когда связь вернётся.
        </div>
      )}
      <header className="app-header">
        <NavLink to={user ? (user.role === 'customer' ? '/' : `/${user.role}`) : '/'} className="brand">
          TUTUU <span className="wide-only">Маркет</span>
        </NavLink>
        <nav className="main-nav" aria-label="Основное меню">
          {items.map((i) => (
            <NavLink key={i.to} to={i.to} end={i.to === '/' || i.to === `/${user?.role}`}>
              {i.label}
            </NavLink>
          ))}
        </nav>
        <div className="header-actions">
          <Button
            small
            aria-label={theme === 'dark' ? 'Светлая тема' : 'Тёмная тема'}
            title={theme === 'dark' ? 'Светлая тема' : 'Тёмная тема'}
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            {theme === 'dark' ? '☀' : '☾'}
          </Button>
          {user ? (
            <>
              <NavLink
                to="/account"
                className="btn btn-small"
                title={`${user.name} — ${ROLE_NAMES[user.role]}`}
                aria-label={`Учётная запись: ${user.name}`}
              >
                <span className="wide-only">{user.name.split(' ')[0]}</span>
                <span className="narrow-only" aria-hidden="true">
                  {user.name.trim().charAt(0).toUpperCase()}
                </span>
              </NavLink>
              <Button
                small
                aria-label="Выйти"
                title="Выйти"
                onClick={() => {
                  void logout().then(() => navigate('/'));
                }}
              >
                <span className="wide-only">Выйти</span>
                <span className="narrow-only" aria-hidden="true">
                  ⎋
                </span>
              </Button>
            </>
          ) : (
            <NavLink to="/login" className="btn btn-small btn-primary">
              Войти
            </NavLink>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
