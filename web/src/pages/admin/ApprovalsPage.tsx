import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ROLE_NAMES } from '../../auth/auth';
import { formatDateTime } from '../../lib/format';
import { messageFor } from '../../lib/problems';
import { Button, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { approve, usersPage, type User } from './admin-api';
import { Cell } from './Cell';

/** Sellers and carriers who registered and wait for an admin to check their company. */
export default function ApprovalsPage() {
  const list = useCursorList(['admin', 'users', 'pending'], (cursor) => usersPage({ status: 'pending', cursor }));
  const [done, setDone] = useState('');
  return (
    <>
      <h1>Заявки на допуск</h1>
      <p className="muted">
        Продавцы и перевозчики после регистрации ждут проверки: сверьте ИНН и реквизиты компании и допустите их к
        работе.
      </p>
      <p role="status" aria-live="polite" className={done ? 'notice notice-ok' : 'visually-hidden'}>
        {done}
      </p>
      <Panel title="Ждут проверки">
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title="Заявок нет">Все продавцы и перевозчики проверены. Новые заявки появятся здесь.</Empty>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>Компания</th>
                <th>ИНН / КПП</th>
                <th>Адрес</th>
                <th>Роль</th>
                <th>Зарегистрирован</th>
                <th>
                  <span className="visually-hidden">Действия</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((u) => (
                <ApplicantRow key={u.id} user={u} onApproved={setDone} />
              ))}
            </tbody>
          </table>
        )}
        <MoreButton list={list} />
      </Panel>
    </>
  );
}

function ApplicantRow({ user, onApproved }: { user: User; onApproved: (text: string) => void }) {
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => approve(user.id),
    onSuccess: async () => {
      onApproved(`${user.company?.name ?? user.name} допущен к работе.`);
      await qc.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });
  const company = user.company?.name ?? user.name;
  return (
    <tr>
      <Cell long label="Компания">
        <Link to={`/admin/users/${user.id}`}>{company}</Link>
        <div className="small muted">
          {user.name}, {user.email}
          {user.phone && `, ${user.phone}`}
        </div>
      </Cell>
      <Cell label="ИНН / КПП" className="num">
        {user.company?.inn ?? '—'}
        {user.company?.kpp && <div className="small muted">КПП {user.company.kpp}</div>}
      </Cell>
      <Cell long label="Адрес">
        {user.company?.address ?? '—'}
      </Cell>
      <Cell label="Роль">{ROLE_NAMES[user.role]}</Cell>
      <Cell label="Зарегистрирован">{formatDateTime(user.createdAt)}</Cell>
      <Cell label="Действия">
        <Button
          kind="primary"
          small
          busy={mutation.isPending}
          aria-label={`Допустить ${company}`}
          onClick={() => mutation.mutate()}
        >
          Допустить
        </Button>
        {mutation.error && (
          <div className="error small" role="alert">
            {messageFor(mutation.error)}
          </div>
        )}
      </Cell>
    </tr>
  );
}
