import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime, formatMoney } from '../../lib/format';
import { Button } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { ErrorNotice, Loading } from '../../ui/states';
import { EstimateLines } from './EstimateLines';
import { getVersion, listVersions } from './estimates-api';

/** The versions of an estimate, newest first; one opened is priced now against its own save. */
export function EstimateVersions({ id, current }: { id: string; current: number }) {
  const list = useCursorList(['estimate-versions', id], (cursor) => listVersions(id, cursor));
  const [open, setOpen] = useState<number | null>(null);
  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorNotice error={list.error} />;
  return (
    <div className="stack">
      <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
        {list.items.map((v) => (
          <li key={v.version} className="spread">
            <span>
              Версия {v.version}
              {v.version === current && ' (текущая)'} · {formatDateTime(v.savedAt)} · {formatMoney(v.totals.totalMinor)}
            </span>
            <Button
              small
              onClick={() => setOpen(open === v.version ? null : v.version)}
              aria-expanded={open === v.version}
            >
              {open === v.version ? 'Скрыть' : 'Открыть'}
            </Button>
          </li>
        ))}
      </ul>
      <MoreButton list={list} />
      {open !== null && <VersionView id={id} version={open} />}
    </div>
  );
}

function VersionView({ id, version }: { id: string; version: number }) {
  const v = useQuery({ queryKey: ['estimate-version', id, version], queryFn: () => getVersion(id, version) });
  if (v.isPending) return <Loading label={`Пересчитываем версию ${version}…`} />;
  if (!v.data) return <ErrorNotice error={v.error} />;
  return (
    <section className="panel stack" aria-label={`Версия ${version}`}>
      <h3>
        Версия {version}: «{v.data.title}» по сегодняшним ценам
      </h3>
      {v.data.estimate ? (
        <EstimateLines estimate={v.data.estimate} savedTotalMinor={v.data.totals.totalMinor} />
      ) : (
        <p className="muted">Эту версию больше нельзя пересчитать: шаблоны работ изменились.</p>
      )}
    </section>
  );
}
