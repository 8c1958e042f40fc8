import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ROLE_NAMES } from '../../auth/auth';
import { formatDateTime } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { QueryView } from '../../ui/states';
import { user as fetchUser, type User } from './admin-api';
import { label, statusTone, USER_STATUS } from './labels';
import { UserActions } from './UserActions';
import { UserAudit } from './UserAudit';
import { UserTerms } from './UserTerms';

/** One account: who it is, its company, what an admin may do with it, and its audit trail. */
export default function UserPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['admin', 'user', id], queryFn: () => fetchUser(id) });
  return (
    <>
      <p>
        <Link to="/admin/users">← Все пользователи</Link>
      </p>
      <QueryView query={query}>{(u) => <UserView user={u} />}</QueryView>
    </>
  );
}

function UserView({ user }: { user: User }) {
  const trader = user.role === 'seller' || user.role === 'carrier';
  return (
    <>
      <h1>{user.company?.name ?? user.name}</h1>
      <div className="grid">
        <Panel title="Учётная запись">
          <dl className="stack">
            <Item term="Состояние">
              <Badge tone={statusTone(user.status)}>{label(USER_STATUS, user.status)}</Badge>
            </Item>
            <Item term="Роль">{ROLE_NAMES[user.role]}</Item>
            <Item term="Имя">{user.name}</Item>
            <Item term="Почта">{user.email}</Item>
            <Item term="Телефон">{user.phone ?? '—'}</Item>
            <Item term="Зарегистрирован">{formatDateTime(user.createdAt)}</Item>
            <Item term="Изменён">{formatDateTime(user.updatedAt)}</Item>
          </dl>
        </Panel>
        {user.company && (
          <Panel title="Компания">
            <dl className="stack">
              <Item term="Название">{user.company.name}</Item>
              <Item term="ИНН">{user.company.inn}</Item>
              <Item term="КПП">{user.company.kpp ?? '—'}</Item>
              <Item term="Адрес">{user.company.address ?? '—'}</Item>
            </dl>
          </Panel>
        )}
      </div>
      <UserActions user={user} />
      {trader && <UserTerms userId={user.id} />}
      <UserAudit userId={user.id} />
    </>
  );
}

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="spread">
      <dt className="muted">{term}</dt>
      <dd style={{ margin: 0, textAlign: 'right', overflowWrap: 'anywhere' }}>{children}</dd>
    </div>
  );
}
