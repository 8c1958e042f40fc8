import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { Button } from './controls';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A list paged by the API's cursors: the pages so far, joined, and «Показать ещё». */
export function useCursorList<T>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}

export function MoreButton({
  list,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  if (!list.hasNextPage) return null;
  return (
    <div className="row" style={{ justifyContent: 'center', marginTop: '0.75rem' }}>
      <Button busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
        Показать ещё
      </Button>
    </div>
  );
}
