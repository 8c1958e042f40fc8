import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ok } from '../api';
import { api } from '../lib/api';
import { fieldErrors } from '../lib/problems';
import { Button, Field, Panel } from '../ui/controls';
import { ErrorNotice } from '../ui/states';
import { useAuth } from './auth';
import { HOME_OF } from './LoginPage';

type RegisterRole = 'customer' | 'seller' | 'carrier';

const ROLE_CHOICES: { value: RegisterRole; label: string; hint: string }[] = [
  { value: 'customer', label: 'Покупаю материалы', hint: 'Частное лицо или компания' },
  { value: 'seller', label: 'Продаю материалы', hint: 'Нужны ИНН и проверка администратором' },
  { value: 'carrier', label: 'Вожу грузы', hint: 'Нужны ИНН и проверка администратором' },
];

export function RegisterPage() {
  const { adopt } = useAuth();
  const navigate = useNavigate();
  const [role, setRole] = useState<RegisterRole>('customer');
  const [asCompany, setAsCompany] = useState(false);
  const [form, setForm] = useState({
    name: '',
    email: '',
    phone: '',
    password: '',
    company: '',
    inn: '',
    kpp: '',
    address: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const needsCompany = role !== 'customer' || asCompany;
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await ok(
        api.POST('/api/v1/users/auth/register', {
          body: {
            role,
            name: form.name.trim(),
            email: form.email.trim(),
            password: form.password,
            ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
            ...(needsCompany
              ? {
                  company: {
                    name: form.company.trim(),
                    inn: form.inn.trim(),
                    ...(form.kpp.trim() ? { kpp: form.kpp.trim() } : {}),
                    ...(form.address.trim() ? { address: form.address.trim() } : {}),
                  },
                }
              : {}),
          },
        }),
      );
      adopt(result);
      navigate(HOME_OF[result.user.role], { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: 560, margin: '1rem auto' }}>
      <Panel title="Регистрация">
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend>Кто вы</legend>
            {ROLE_CHOICES.map((c) => (
              <label key={c.value} className="check">
                <input
                  type="radio"
                  name="role"
                  value={c.value}
                  checked={role === c.value}
                  onChange={() => setRole(c.value)}
                />
                <span>
                  {c.label} <span className="muted small">— {c.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <Field label="Имя и фамилия" error={errors.name}>
            <input autoComplete="name" required value={form.name} onChange={set('name')} />
          </Field>
          <Field label="Электронная почта" error={errors.email}>
            <input type="email" autoComplete="email" required value={form.email} onChange={set('email')} />
          </Field>
          <Field label="Телефон" hint="Необязательно, например +7 900 123-45-67" error={errors.phone}>
            <input type="tel" autoComplete="tel" value={form.phone} onChange={set('phone')} />
          </Field>
          <Field
            label="Пароль"
            hint="Не короче 10 символов, не совпадает с почтой и не из списка частых"
            error={errors.password}
          >
            <input
              type="password"
              autoComplete="new-password"
              required
              value={form.password}
              onChange={set('password')}
            />
          </Field>
          {role === 'customer' && (
            <label className="check">
              <input type="checkbox" checked={asCompany} onChange={(e) => setAsCompany(e.target.checked)} />
              Покупаю для компании (счёт на оплату вместо карты)
            </label>
          )}
          {needsCompany && (
            <fieldset>
              <legend>Компания</legend>
              <Field label="Название" error={errors['company.name']}>
                <input autoComplete="organization" required value={form.company} onChange={set('company')} />
              </Field>
              <Field label="ИНН" hint="10 цифр для организации, 12 для ИП" error={errors['company.inn']}>
                <input inputMode="numeric" required value={form.inn} onChange={set('inn')} />
              </Field>
              <Field label="КПП" hint="Только для организаций" error={errors['company.kpp']}>
                <input inputMode="numeric" value={form.kpp} onChange={set('kpp')} />
              </Field>
              <Field label="Адрес" error={errors['company.address']}>
                <input autoComplete="street-address" value={form.address} onChange={set('address')} />
              </Field>
            </fieldset>
          )}
          {error !== null && <ErrorNotice error={error} />}
          <Button type="submit" kind="primary" busy={busy} style={{ width: '100%' }}>
            Зарегистрироваться
          </Button>
        </form>
        <p className="small">
          Уже зарегистрированы? <Link to="/login">Войти</Link>
        </p>
      </Panel>
    </div>
  );
}
