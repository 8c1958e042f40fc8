import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ROLE_NAMES } from '../../auth/auth';
import { formatDate } from '../../lib/format';
import { Badge, Button, Field, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { usersPage, type UserQuery } from './admin-api';
import { Cell } from './Cell';
import { label, statusTone, USER_STATUS } from './labels';

type Role = NonNullable<UserQuery['role']>;
type Status = NonNullable<UserQuery['status']>;

/** Find accounts by email, name, company, exact ИНН or phone; filters live in the URL. */
export default function UsersPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = (params.get('role') ?? '') as Role | '';
  const status = (params.get('status') ?? '') as Status | '';
  const [text, setText] = useState(q);
  const list = useCursorList(['admin', 'users', 'search', q, role, status], (cursor) =>
    usersPage({ q: q || undefined, role: role || undefined, status: status || undefined, cursor }),
  );

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set('q', text.trim());
  };

  return (
    <>
      <h1>Пользователи</h1>
      <Panel title="Поиск">
        <form className="cols" onSubmit={submit} role="search">
          <Field label="Почта, имя, компания, ИНН или телефон">
            <input type="search" value={text} onChange={(e) => setText(e.target.value)} maxLength={200} />
          </Field>
          <Field label="Роль">
            <select value={role} onChange={(e) => set('role', e.target.value)}>
              <option value="">Все</option>
              {(Object.keys(ROLE_NAMES) as Role[]).map((r) => (
                <option key={r} value={r}>
                  {ROLE_NAMES[r]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Состояние">
            <select value={status} onChange={(e) => set('status', e.target.value)}>
              <option value="">Все</option>
              {Object.entries(USER_STATUS).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <div className="row" style={{ alignItems: 'end' }}>
            <Button type="submit" kind="primary">
              Найти
            </Button>
          </div>
        </form>
      </Panel>
      <Panel title="Найдено">
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title="Никого не нашли">Измените запрос или сбросьте фильтры роли и состояния.</Empty>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>Пользователь</th>
                <th>Роль</th>
                <th>Компания, ИНН</th>
                <th>Состояние</th>
                <th>С нами с</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((u) => (
                <tr key={u.id}>
                  <Cell long label="Пользователь">
                    <Link to={`/admin/users/${u.id}`}>{u.name}</Link>
                    <div className="small muted">{u.email}</div>
                  </Cell>
                  <Cell label="Роль">{ROLE_NAMES[u.role]}</Cell>
                  <Cell long label="Компания, ИНН">
                    {u.company ? `${u.company.name}, ИНН ${u.company.inn}` : '—'}
                  </Cell>
                  <Cell label="Состояние">
                    <Badge tone={statusTone(u.status)}>{label(USER_STATUS, u.status)}</Badge>
                  </Cell>
                  <Cell label="С нами с">{formatDate(u.createdAt)}</Cell>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreButton list={list} />
      </Panel>
    </>
  );
}
