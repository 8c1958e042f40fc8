import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ok } from '../../api';
import { api } from '../../lib/api';
import { formatNumber, parseDecimal } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Button, Field } from '../../ui/controls';
import { MapView } from '../../ui/MapView';
import { ErrorNotice } from '../../ui/states';
import { updateEstimate, type EstimatePatch, type SavedEstimate } from './estimates-api';

const getTemplates = () => ok(api.GET('/api/v1/insights/estimate-templates'));
type Strategy = 'cheapest' | 'single_seller' | 'nearest';
const STRATEGIES: Record<Strategy, string> = {
  cheapest: 'самое дешёвое по каждому материалу',
  single_seller: 'всё у одного продавца',
  nearest: 'ближайший склад к точке',
};
interface InputSpec {
  name: string;
  label: { ru: string };
  unit: string | null;
  type: string;
  min?: number;
  max?: number;
  values?: (string | number)[];
  valueLabels?: { ru: string }[];
}

/**
 * Edits a saved estimate: title, pricing, each job's number and choice inputs, line quantities.
 * Saving is a PATCH of the version shown, which makes the next version.
 */
export function EstimateEditor({ saved, onSaved }: { saved: SavedEstimate; onSaved: () => void }) {
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: ['estimate-templates'], queryFn: getTemplates, staleTime: Infinity });
  const req = saved.request;
  const [title, setTitle] = useState(saved.title);
  const [strategy, setStrategy] = useState<Strategy>(req.pricing?.strategy ?? 'cheapest');
  const [near, setNear] = useState(req.pricing?.near ?? null);
  const [inputs, setInputs] = useState(() => req.jobs.map((j) => ({ ...(j.inputs ?? {}) })));
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const save = useMutation({
    mutationFn: (body: EstimatePatch) => updateEstimate(saved.id, body),
    onSuccess: (e) => {
      queryClient.setQueryData(['estimate', saved.id], e);
      void queryClient.invalidateQueries({ queryKey: ['estimate-versions', saved.id] });
      void queryClient.invalidateQueries({ queryKey: ['estimates'] });
      onSaved();
    },
  });
  const specsOf = (template: string): InputSpec[] =>
    ((templates.data?.items ?? []) as unknown as { id: string; inputs: InputSpec[] }[]).find((t) => t.id === template)
      ?.inputs ?? [];

  const submit = () => {
    const jobs = req.jobs.map((j, i) => ({ ...j, inputs: { ...inputs[i] } }));
    for (const [key, text] of Object.entries(texts)) {
      const [i, name] = key.split(':') as [string, string];
      const v = parseDecimal(text);
      if (v === null) return setProblem(`Введите число: ${name}`);
      jobs[Number(i)]!.inputs[name] = Number(v);
    }
    const overrides = [...(req.overrides ?? [])];
    for (const [key, text] of Object.entries(quantities)) {
      const [job, material] = key.split(':') as [string, string];
      const q = parseDecimal(text);
      if (q === null || Number(q) <= 0) return setProblem('Количество — положительное число');
      const at = overrides.findIndex((o) => o.job === Number(job) && o.material === material);
      const base = at >= 0 ? overrides[at]! : { job: Number(job), material };
      const next = { ...base, quantity: q };
      if (at >= 0) overrides[at] = next;
      else overrides.push(next);
    }
    if (strategy === 'nearest' && !near) return setProblem('Для «ближайшего склада» отметьте точку на карте.');
    setProblem('');
    save.mutate({
      version: saved.version,
      title: title.trim(),
      jobs,
      overrides,
      pricing: { strategy, ...(near ? { near } : {}) },
    });
  };

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field label="Название" error={fieldErrors(save.error).title}>
        <input value={title} required onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label="Как подбирать продавцов">
        <select value={strategy} onChange={(e) => setStrategy(e.target.value as Strategy)}>
          {Object.entries(STRATEGIES).map(([v, t]) => (
            <option key={v} value={v}>
              {t}
            </option>
          ))}
        </select>
      </Field>
      {strategy === 'nearest' && (
        <MapView
          label="Точка доставки для сметы: нажмите на карту"
          points={[
            {
              ...(near ?? { lat: 55.7539, lon: 37.6208 }),
              label: near ? 'Сюда' : 'Москва',
              kind: near ? 'drop' : 'me',
            },
          ]}
          onPick={setNear}
          height={240}
        />
      )}
      {req.jobs.map((job, i) => (
        <fieldset key={i} className="stack">
          <legend>{job.title ?? saved.estimate.jobs[i]?.title ?? job.template}</legend>
          {specsOf(job.template)
            .filter((s) => s.type === 'number' || s.type === 'choice')
            .map((s) => {
              const current = inputs[i]?.[s.name];
              const label = `${s.label.ru}${s.unit ? `, ${s.unit}` : ''}`;
              if (s.type === 'choice')
                return (
                  <Field key={s.name} label={label}>
                    <select
                      value={String(current ?? s.values?.[0] ?? '')}
                      onChange={(e) => {
                        const v = s.values?.find((x) => String(x) === e.target.value);
                        setInputs(inputs.map((x, k) => (k === i ? { ...x, [s.name]: v } : x)));
                      }}
                    >
                      {s.values?.map((v, k) => (
                        <option key={String(v)} value={String(v)}>
                          {s.valueLabels?.[k]?.ru ?? String(v)}
                        </option>
                      ))}
                    </select>
                  </Field>
                );
              const key = `${i}:${s.name}`;
              return (
                <Field key={s.name} label={label}>
                  <input
                    inputMode="decimal"
                    value={texts[key] ?? (current === undefined ? '' : formatNumber(current as number))}
                    onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
                  />
                </Field>
              );
            })}
          {(saved.estimate.jobs[i]?.lines ?? []).map((l) => {
            const key = `${i}:${l.material}`;
            return (
              <Field
                key={key}
                label={`${l.name}: количество, ${l.unit}`}
                hint={`по расчёту ${formatNumber(l.net)} + запас ${formatNumber(l.reservePct)} %`}
              >
                <input
                  inputMode="decimal"
                  value={quantities[key] ?? formatNumber(l.quantity)}
                  onChange={(e) => setQuantities({ ...quantities, [key]: e.target.value })}
                />
              </Field>
            );
          })}
        </fieldset>
      ))}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {save.error && <ErrorNotice error={save.error} />}
      <div>
        <Button kind="primary" type="submit" busy={save.isPending}>
          Сохранить новую версию
        </Button>
      </div>
    </form>
  );
}
