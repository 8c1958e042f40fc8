import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/auth';
import { Button, Field, Panel } from '../../ui/controls';
import { ErrorNotice, Loading, QueryView } from '../../ui/states';
import { formatMoney } from '../../lib/format';
import { saveBlob } from '../../lib/download';
import { EstimateResult } from './EstimateResult';
import { checkJobInputs, initialText, type InputSpec, type InputText } from './estimate-validation';
import { JobForm, type JobState } from './JobForm';
import { NearPicker, nearText } from './NearPicker';
import {
  calculateEstimate,
  estimateFile,
  estimateTemplates,
  estimateToCart,
  saveEstimate,
  type EstimateRequest,
  type Template,
} from './public-api';
import './public.css';

const STRATEGIES = [
  { value: 'cheapest', label: 'Дешевле всего (по каждой позиции)' },
  { value: 'single_seller', label: 'Всё у одного продавца' },
  { value: 'nearest', label: 'С ближайших складов' },
] as const;
type Strategy = (typeof STRATEGIES)[number]['value'];

/** The form survives a trip to the login page (?next=/estimate) in this tab's storage. */
const DRAFT = 'tutuu.estimate-draft';
interface Draft {
  jobs: JobState[];
  strategy: Strategy;
  near: { lat: number; lon: number } | null;
  title: string;
}
function loadDraft(): Draft | null {
  try {
    return JSON.parse(sessionStorage.getItem(DRAFT) ?? 'null') as Draft | null;
  } catch {
    return null;
  }
}

function newJob(t: Template, key: number): JobState {
  return { key, template: t.id, texts: Object.fromEntries(t.inputs.map((i) => [i.name, initialText(i as InputSpec)])) };
}

/** A value that follows `value` once it has stopped changing for `ms` (typing → one request). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** `/estimate`: jobs from templates, priced live as you type; save, cart, PDF/XLSX for a customer. */
export default function EstimatePage() {
  const templates = useQuery({
    queryKey: ['insights', 'estimate-templates'],
    queryFn: estimateTemplates,
    staleTime: 300_000,
  });
  return (
    <div>
      <h1>Калькулятор сметы</h1>
      <QueryView query={templates} loading="Загружаем шаблоны работ…">
        {(data) => <EstimateForm templates={data.items} />}
      </QueryView>
    </div>
  );
}

function EstimateForm({ templates }: { templates: Template[] }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const byId = useMemo(() => new Map(templates.map((t) => [t.id, t])), [templates]);
  const [draft] = useState(loadDraft);
  const [jobs, setJobs] = useState<JobState[]>(
    () => draft?.jobs.filter((j) => byId.has(j.template)) ?? (templates[0] ? [newJob(templates[0], 1)] : []),
  );
  const [strategy, setStrategy] = useState<Strategy>(draft?.strategy ?? 'cheapest');
  const [near, setNear] = useState(draft?.near ?? null);
  const [title, setTitle] = useState(draft?.title ?? '');
  const [adding, setAdding] = useState(templates[0]?.id ?? '');

  useEffect(() => {
    sessionStorage.setItem(DRAFT, JSON.stringify({ jobs, strategy, near, title } satisfies Draft));
  }, [jobs, strategy, near, title]);

  const checked = jobs.map((j) => checkJobInputs((byId.get(j.template)?.inputs ?? []) as InputSpec[], j.texts));
  const valid = checked.every((c) => Object.keys(c.errors).length === 0) && jobs.length > 0;
  const needsPoint = strategy === 'nearest' && !near;
  const request: EstimateRequest | null =
    valid && !needsPoint
      ? {
          jobs: jobs.map((j, i) => ({ template: j.template, inputs: checked[i]!.inputs })),
          pricing: { strategy, ...(near ? { near } : {}) },
        }
      : null;
  const settled = useSettled(request && JSON.stringify(request), 400);
  const priced = useQuery({
    queryKey: ['insights', 'estimate-calc', settled],
    queryFn: ({ signal }) => calculateEstimate(JSON.parse(settled!) as EstimateRequest, signal),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const titleText =
    title.trim() ||
    jobs
      .map((j) => byId.get(j.template)?.title.ru)
      .join(', ')
      .slice(0, 200);
  const requireCustomer = () => {
    if (user) return true;
    navigate(`/login?next=${encodeURIComponent('/estimate')}`);
    return false;
  };
  const save = useMutation({ mutationFn: () => saveEstimate({ ...request!, title: titleText }) });
  const [savedFor, setSavedFor] = useState<{ json: string; id: string } | null>(null);
  /** Saves once per distinct request: PDF then XLSX of the same form is one estimate. */
  const ensureSaved = async () => {
    const json = JSON.stringify(request);
    if (savedFor?.json === json) return savedFor.id;
    const saved = await save.mutateAsync();
    setSavedFor({ json, id: saved.id });
    return saved.id;
  };
  const toCart = useMutation({ mutationFn: async () => estimateToCart(await ensureSaved()) });
  const download = useMutation({
    mutationFn: async (kind: 'pdf' | 'xlsx') =>
      saveBlob(await estimateFile(await ensureSaved(), kind), `смета.${kind}`),
  });
  const saveAndOpen = async () => {
    if (!requireCustomer()) return;
    const id = await ensureSaved();
    sessionStorage.removeItem(DRAFT);
    navigate(`/estimates/${id}`);
  };
  const isCustomer = !user || user.role === 'customer';

  return (
    <div className="cols" style={{ gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <section aria-label="Работы">
        {jobs.map((job, i) => (
          <JobForm
            key={job.key}
            job={job}
            template={byId.get(job.template)!}
            number={i + 1}
            errors={checked[i]!.errors}
            onChange={(texts: Record<string, InputText>) =>
              setJobs((js) => js.map((j) => (j.key === job.key ? { ...j, texts } : j)))
            }
            onRemove={jobs.length > 1 ? () => setJobs((js) => js.filter((j) => j.key !== job.key)) : undefined}
          />
        ))}
        <Panel>
          <div className="row" style={{ alignItems: 'flex-end' }}>
            <Field label="Ещё работа">
              <select value={adding} onChange={(e) => setAdding(e.target.value)}>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title.ru}
                  </option>
                ))}
              </select>
            </Field>
            <Button
              onClick={() =>
                setJobs((js) => [...js, newJob(byId.get(adding)!, Math.max(0, ...js.map((j) => j.key)) + 1)])
              }
            >
              Добавить работу
            </Button>
          </div>
        </Panel>
        <Panel title="Как подбирать товары" level={3}>
          <Field label="Стратегия">
            <select value={strategy} onChange={(e) => setStrategy(e.target.value as Strategy)}>
              {STRATEGIES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
          <NearPicker
            near={near}
            radiusKm={null}
            withRadius={false}
            legend="Куда везти (для доставки и ближайших складов)"
            onChange={(p) => setNear(p ? { lat: Number(p.lat.toFixed(5)), lon: Number(p.lon.toFixed(5)) } : null)}
          />
          {near && <p className="small muted">Точка доставки: {nearText(near).replace(',', ', ')}</p>}
          {needsPoint && <p className="notice">Для «с ближайших складов» укажите точку доставки.</p>}
        </Panel>
      </section>
      <section aria-labelledby="estimate-result">
        <h2 id="estimate-result">
          Смета {priced.data && <span className="num">— {formatMoney(priced.data.totals.totalMinor)}</span>}
        </h2>
        <div aria-live="polite" className="small muted">
          {!valid
            ? 'Заполните обязательные поля (*) — итог посчитается сразу.'
            : priced.isFetching
              ? 'Пересчитываем…'
              : ''}
        </div>
        {priced.error ? (
          <ErrorNotice error={priced.error} />
        ) : priced.data ? (
          <EstimateResult estimate={priced.data} />
        ) : (
          valid && !needsPoint && <Loading label="Считаем смету…" />
        )}
        {priced.data && isCustomer && (
          <Panel title="Сохранить и заказать" level={3}>
            <Field label="Название сметы" hint={user ? undefined : 'Сохранять и заказывать можно после входа'}>
              <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={titleText} maxLength={200} />
            </Field>
            <div className="row">
              <Button
                kind="primary"
                busy={save.isPending && !toCart.isPending && !download.isPending}
                disabled={!request}
                onClick={() => void saveAndOpen().catch(() => undefined)}
              >
                Сохранить смету
              </Button>
              <Button busy={toCart.isPending} disabled={!request} onClick={() => requireCustomer() && toCart.mutate()}>
                В корзину
              </Button>
              <Button
                busy={download.isPending && download.variables === 'pdf'}
                disabled={!request}
                onClick={() => requireCustomer() && download.mutate('pdf')}
              >
                Скачать PDF
              </Button>
              <Button
                busy={download.isPending && download.variables === 'xlsx'}
                disabled={!request}
                onClick={() => requireCustomer() && download.mutate('xlsx')}
              >
                Скачать XLSX
              </Button>
            </div>
            <div aria-live="polite">
              {toCart.data && (
                <div className="notice notice-ok">
                  В корзину добавлено позиций: {toCart.data.added.length}.{' '}
                  {toCart.data.skipped.length > 0 &&
                    `Не добавлено: ${toCart.data.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}. `}
                  <Link to="/cart">Перейти в корзину</Link>
                </div>
              )}
            </div>
            {[save.error, toCart.error, download.error].filter(Boolean).map((e, i) => (
              <ErrorNotice key={i} error={e} />
            ))}
          </Panel>
        )}
      </section>
    </div>
  );
}
