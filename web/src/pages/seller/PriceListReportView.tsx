import { countOf, formatNumber } from '../../lib/format';
import { columnName, rowMessage } from './price-list-texts';
import type { PriceListReport } from './price-list-upload';

const ROWS = ['строка', 'строки', 'строк'] as const;

/** The totals of a price-list run and each rejected row with its reason. */
export function PriceListReportView({ report }: { report: PriceListReport }) {
  const errorCount = report.errorCount ?? report.errors.length;
  const badRows = new Set(report.errors.map((e) => e.row)).size;
  return (
    <div className="stack">
      <dl className="grid" aria-label="Итоги">
        <Total label="Строк в файле" value={report.rows} />
        <Total label={report.dryRun ? 'Будет создано предложений' : 'Создано предложений'} value={report.created} />
        <Total label={report.dryRun ? 'Будет изменено' : 'Изменено'} value={report.updated} />
        <Total label="Без изменений" value={report.unchanged} />
        <Total label="Новых карточек товаров" value={report.productsCreated} />
        <Total label="Строк с ошибками" value={badRows} />
      </dl>
      {errorCount === 0 ? (
        <p className="notice notice-ok">Ошибок нет: все строки приняты.</p>
      ) : (
        <>
          <p>
            Отклонено: {countOf(badRows, ROWS)}
            {errorCount > report.errors.length &&
              ` (показаны первые ${formatNumber(report.errors.length)} ошибок из ${formatNumber(errorCount)})`}
          </p>
          <table className="list" aria-label="Отклонённые строки">
            <thead>
              <tr>
                <th>Строка</th>
                <th>Столбец</th>
                <th>Причина</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={i}>
                  <td data-label="Строка" className="num">
                    {e.row}
                  </td>
                  <td data-label="Столбец">{columnName(e.column)}</td>
                  <td data-label="Причина">{rowMessage(e.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function Total({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="small muted">{label}</dt>
      <dd className="big num" style={{ margin: 0 }}>
        {formatNumber(value)}
      </dd>
    </div>
  );
}
