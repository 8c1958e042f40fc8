import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../ui/states';
import { useAuth, type Role } from './auth';

/**
 * Renders its routes for a signed-in user of one of `roles`; anyone else is sent to log in
 * (and brought back), or told the page is not for their role.
 */
export function RequireRole({ roles }: { roles?: Role[] }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading label="Входим…" />;
  if (user === null)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (roles && !roles.includes(user.role)) {
    return (
      <section className="panel">
        <h1>Раздел недоступен</h1>
        <p>Эта страница для другой роли. Вы вошли как {user.email}.</p>
      </section>
    );
  }
  return <Outlet />;
}
