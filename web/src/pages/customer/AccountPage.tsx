import './customer.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ok } from '../../api';
import { ROLE_NAMES, useAuth, type User } from '../../auth/auth';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Badge, Button, Field, Panel } from '../../ui/controls';
import { ErrorNotice, QueryView } from '../../ui/states';

// ── API calls (src/modules/users) ──
const updateProfile = (body: { name?: string; phone?: string | null }) => ok(api.PATCH('/api/v1/users/me', { body }));
const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  ok(api.POST('/api/v1/users/me/password', { body }));
const listDevices = () => ok(api.GET('/api/v1/users/me/devices'));
const endDevice = (deviceId: string) =>
  ok(api.DELETE('/api/v1/users/me/devices/{deviceId}', { params: { path: { deviceId } } }));

/** Any signed-in user's account: profile, password, devices with live sessions, company requisites. */
export default function AccountPage() {
  const { user } = useAuth();
  if (!user) return null;
  return (
    <div className="stack">
      <h1>Личный кабинет</h1>
      <p className="muted">
        {user.email} · {ROLE_NAMES[user.role]}
      </p>
      <Profile user={user} />
      {user.company && (
        <Panel title="Реквизиты компании">
          <dl className="grid facts">
            <div>
              <dt>Название</dt>
              <dd>{user.company.name}</dd>
            </div>
            <div>
              <dt>ИНН</dt>
              <dd>{user.company.inn}</dd>
            </div>
            {user.company.kpp && (
              <div>
                <dt>КПП</dt>
                <dd>{user.company.kpp}</dd>
              </div>
            )}
            {user.company.address && (
              <div>
                <dt>Адрес</dt>
                <dd>{user.company.address}</dd>
              </div>
            )}
          </dl>
        </Panel>
      )}
      <Password />
      <Devices />
    </div>
  );
}

function Profile({ user }: { user: User }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(user.name);
  const [phone, setPhone] = useState(user.phone ?? '');
  const save = useMutation({
    mutationFn: () => updateProfile({ name: name.trim(), phone: phone.trim() || null }),
    onSuccess: (u) => queryClient.setQueryData(['me'], u),
  });
  const errors = fieldErrors(save.error);
  return (
    <Panel title="Профиль">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Field label="Имя" error={errors.name}>
          <input value={name} required autoComplete="name" onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Телефон" hint="+7 и 10 цифр" error={errors.phone}>
          <input value={phone} type="tel" autoComplete="tel" onChange={(e) => setPhone(e.target.value)} />
        </Field>
        {save.error && Object.keys(errors).length === 0 && <ErrorNotice error={save.error} />}
        {save.isSuccess && (
          <p className="notice notice-ok" role="status">
            Сохранено
          </p>
        )}
        <div>
          <Button kind="primary" type="submit" busy={save.isPending}>
            Сохранить
          </Button>
        </div>
      </form>
    </Panel>
  );
}

function Password() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
    },
  });
  const errors = fieldErrors(change.error);
  return (
    <Panel title="Пароль">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate();
        }}
      >
        <Field label="Текущий пароль" error={errors.currentPassword}>
          <input
            type="password"
            required
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </Field>
        <Field label="Новый пароль" hint="Не короче 8 символов" error={errors.newPassword}>
          <input
            type="password"
            required
            minLength={8}
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </Field>
        {change.error && Object.keys(errors).length === 0 && <ErrorNotice error={change.error} />}
        {change.isSuccess && (
          <p className="notice notice-ok" role="status">
            Пароль изменён. Другие устройства войдут заново.
          </p>
        )}
        <div>
          <Button kind="primary" type="submit" busy={change.isPending}>
            Сменить пароль
          </Button>
        </div>
      </form>
    </Panel>
  );
}

function Devices() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { logout } = useAuth();
  const devices = useQuery({ queryKey: ['devices'], queryFn: listDevices });
  const end = useMutation({
    mutationFn: endDevice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['devices'] }),
  });
  const all = useMutation({ mutationFn: () => logout(true), onSuccess: () => navigate('/login') });
  return (
    <Panel
      title="Устройства"
      actions={
        <Button
          kind="danger"
          small
          busy={all.isPending}
          onClick={() => confirm('Выйти на всех устройствах, включая это?') && all.mutate()}
        >
          Выйти на всех устройствах
        </Button>
      }
    >
      <QueryView query={devices} loading="Загружаем устройства…">
        {(d) => (
          <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
            {d.items.map((dev) => (
              <li key={dev.deviceId} className="spread">
                <div>
                  <div>
                    {describeAgent(dev.userAgent)} {dev.current && <Badge tone="ok">это устройство</Badge>}
                  </div>
                  <div className="small muted">
                    последний вход {formatDateTime(dev.lastSeenAt)}
                    {dev.ip && ` · ${dev.ip}`} · сеансов: {dev.sessions}
                  </div>
                </div>
                {!dev.current && (
                  <Button
                    small
                    busy={end.isPending && end.variables === dev.deviceId}
                    onClick={() => end.mutate(dev.deviceId)}
                  >
                    Завершить сеанс
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {(end.error || all.error) && <ErrorNotice error={end.error ?? all.error} />}
    </Panel>
  );
}

/** «Chrome, Linux» from a user agent: enough to recognise one's own devices. */
function describeAgent(ua: string | null): string {
  if (!ua) return 'Неизвестное устройство';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /YaBrowser/.test(ua)
      ? 'Яндекс Браузер'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrome\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : 'Приложение';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return os ? `${browser}, ${os}` : browser;
}
