import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, Field, Panel } from '../ui/controls';
import { ErrorNotice } from '../ui/states';
import { useAuth, type Role } from './auth';
import { safeNext } from './safe-next';

export const HOME_OF: Record<Role, string> = { customer: '/', seller: '/seller', carrier: '/carrier', admin: '/admin' };

export function LoginPage() {
  const { login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await login(email.trim(), password);
      navigate(safeNext(params.get('next')) ?? HOME_OF[user.role], { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: 440, margin: '2rem auto' }}>
      <Panel title="Вход">
        <form onSubmit={submit} noValidate>
          <Field label="Электронная почта">
            <input
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Field label="Пароль">
            <input
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          {error !== null && <ErrorNotice error={error} />}
          <Button type="submit" kind="primary" busy={busy} style={{ width: '100%' }}>
            Войти
          </Button>
        </form>
        <p className="small">
          Нет учётной записи? <Link to="/register">Зарегистрироваться</Link>
        </p>
      </Panel>
    </div>
  );
}
