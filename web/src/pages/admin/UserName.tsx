import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { user as fetchUser } from './admin-api';

/** A user's name linked to their admin page (one cached call per person). */
export function UserName({ id }: { id: string }) {
  const query = useQuery({ queryKey: ['admin', 'user', id], queryFn: () => fetchUser(id) });
  const name = query.data ? (query.data.company?.name ?? query.data.name) : query.error ? 'пользователь' : '…';
  return <Link to={`/admin/users/${id}`}>{name}</Link>;
}
