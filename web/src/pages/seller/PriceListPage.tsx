import { useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { Button, Field, Panel, Progress } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { PriceListReportView } from './PriceListReportView';
import { csvWithoutRows, isCsv, uploadPriceList, type PriceListReport } from './price-list-upload';
import { priceListTemplate } from './seller-api';
import { saveBlob } from '../../lib/download';

type Phase =
  | { step: 'idle' }
  | { step: 'sending'; dryRun: boolean; percent: number }
  | { step: 'checked'; report: PriceListReport; csv: boolean }
  | { step: 'applied'; report: PriceListReport }
  | { step: 'refused'; report: PriceListReport };

/** Why the rows that passed cannot be applied on their own, or null when they can. */
function applyBlocker(report: PriceListReport, csv: boolean): string | null {
  if (report.errors.length === 0) return null;
  if (report.errors.some((e) => e.row === 1))
    return 'Ошибка в заголовке файла: исправьте названия столбцов и загрузите файл снова.';
  if ((report.errorCount ?? report.errors.length) > report.errors.length)
    return 'Ошибок больше, чем показано: исправьте файл и загрузите его снова.';
  if (!csv) return 'В файле XLSX есть ошибки: исправьте отмеченные строки и загрузите файл снова.';
  if (report.created + report.updated + report.unchanged === 0) return 'В файле нет ни одной верной строки.';
  return null;
}

export default function PriceListPage() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const [templateBusy, setTemplateBusy] = useState(false);

  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    setFile(e.target.files?.[0] ?? null);
    setPhase({ step: 'idle' });
    setError(null);
  };

  const send = async (body: Blob, dryRun: boolean) => {
    setError(null);
    setPhase({ step: 'sending', dryRun, percent: 0 });
    try {
      const outcome = await uploadPriceList(body, file!.name, dryRun, (percent) =>
        setPhase({ step: 'sending', dryRun, percent }),
      );
      if (dryRun) setPhase({ step: 'checked', report: outcome.report, csv: await isCsv(file!) });
      else if (outcome.ok) {
        setPhase({ step: 'applied', report: outcome.report });
        void queryClient.invalidateQueries({ queryKey: ['seller'] });
      } else setPhase({ step: 'refused', report: outcome.report });
    } catch (err) {
      setError(err);
      setPhase({ step: 'idle' });
    }
  };

  const apply = async (report: PriceListReport) => {
    if (!file) return;
    const bad = new Set(report.errors.map((e) => e.row));
    const body =
      bad.size === 0
        ? file
        : new Blob([csvWithoutRows(new Uint8Array(await file.arrayBuffer()), bad) as BlobPart], {
            type: file.type || 'text/csv',
          });
    await send(body, false);
  };

  const downloadTemplate = async () => {
    setTemplateBusy(true);
    setError(null);
    try {
      saveBlob(await priceListTemplate(), 'price-list-template.xlsx');
    } catch (err) {
      setError(err);
    } finally {
      setTemplateBusy(false);
    }
  };

  const blocker = phase.step === 'checked' ? applyBlocker(phase.report, phase.csv) : null;
  return (
    <div className="stack">
      <h1>Прайс-лист</h1>
      <Panel title="1. Файл">
        <p className="small muted">
          CSV (через запятую, точку с запятой или табуляцию) или XLSX. Первая строка — названия столбцов: артикул, цена,
          НДС, мин. количество, шаг; для новых товаров — наименование, категория, ед. изм.; остатки — в столбцах с
          кодами ваших складов. Сначала файл проверяется, ничего не меняя.
        </p>
        <div className="row">
          <Button busy={templateBusy} onClick={() => void downloadTemplate()}>
            Скачать шаблон XLSX
          </Button>
        </div>
        <Field label="Файл прайс-листа" hint="До 10 МБ">
          <input
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={pick}
          />
        </Field>
        <Button
          kind="primary"
          disabled={!file || phase.step === 'sending'}
          busy={phase.step === 'sending' && phase.dryRun}
          onClick={() => void send(file!, true)}
        >
          Проверить файл
        </Button>
      </Panel>

      <div aria-live="polite">
        {phase.step === 'sending' && (
          <Panel title={phase.dryRun ? 'Проверяем файл…' : 'Применяем…'}>
            <Progress value={phase.percent < 100 ? phase.percent : undefined} label="Загрузка файла" />
            <p className="small muted">
              {phase.percent < 100
                ? `Отправлено ${Math.round(phase.percent)} %`
                : 'Файл отправлен, сервер читает строки…'}
            </p>
          </Panel>
        )}
        {error !== null && <ErrorNotice error={error} />}
        {phase.step === 'checked' && (
          <Panel title="2. Проверка">
            <PriceListReportView report={phase.report} />
            {blocker ? (
              <div className="notice notice-error">{blocker}</div>
            ) : (
              <>
                {phase.report.errors.length > 0 && (
                  <p className="small">Строки с ошибками будут пропущены, остальные — применены.</p>
                )}
                <Button kind="primary" onClick={() => void apply(phase.report)}>
                  Применить
                </Button>
              </>
            )}
          </Panel>
        )}
        {phase.step === 'applied' && (
          <Panel title="3. Готово">
            <div className="notice notice-ok">Прайс-лист применён.</div>
            <PriceListReportView report={phase.report} />
            <Link className="btn" to="/seller/offers">
              К товарам и ценам
            </Link>
          </Panel>
        )}
        {phase.step === 'refused' && (
          <Panel title="Прайс-лист не применён">
            <div className="notice notice-error">
              Пока файл проверялся, данные изменились, и некоторые строки стали неверными. Ничего не изменено.
            </div>
            <PriceListReportView report={phase.report} />
          </Panel>
        )}
      </div>
    </div>
  );
}
