import { Button, Field, Panel } from '../../ui/controls';
import { boundsHint, type InputText, type OpeningText } from './estimate-validation';
import type { Template, TemplateInput } from './public-api';

export interface JobState {
  key: number;
  template: string;
  texts: Record<string, InputText>;
}

const REQUIRED = 'Заполните это поле';

/** The label of a choice value: the template's Russian label, or the value with a decimal comma. */
function choiceLabel(spec: TemplateInput, i: number): string {
  return spec.valueLabels?.[i]?.ru ?? String(spec.values?.[i] ?? '').replace('.', ',');
}

function hintOf(spec: TemplateInput): string | undefined {
  const parts = [boundsHint(spec), spec.defaultFrom && `по умолчанию — ${spec.defaultFrom.ru}`];
  return parts.filter(Boolean).join('; ') || undefined;
}

function Openings({
  spec,
  rows,
  errors,
  onChange,
}: {
  spec: TemplateInput;
  rows: OpeningText[];
  errors: Record<string, string>;
  onChange: (rows: OpeningText[]) => void;
}) {
  const set = (i: number, patch: Partial<OpeningText>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset>
      <legend>{spec.label.ru}</legend>
      {rows.length === 0 && <p className="small muted">Окон и дверей нет. Добавьте проём, если он есть.</p>}
      {rows.map((r, i) => (
        <div className="opening-row" key={i}>
          <Field label={`Ширина ${i + 1}, м`} error={errors[`${spec.name}.${i}.widthM`]}>
            <input inputMode="decimal" value={r.widthM} onChange={(e) => set(i, { widthM: e.target.value })} />
          </Field>
          <Field label={`Высота ${i + 1}, м`} error={errors[`${spec.name}.${i}.heightM`]}>
            <input inputMode="decimal" value={r.heightM} onChange={(e) => set(i, { heightM: e.target.value })} />
          </Field>
          <Field label="Сколько, шт" error={errors[`${spec.name}.${i}.count`]}>
            <input inputMode="numeric" value={r.count} onChange={(e) => set(i, { count: e.target.value })} />
          </Field>
          <Button small onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`Убрать проём ${i + 1}`}>
            Убрать
          </Button>
        </div>
      ))}
      <Button small onClick={() => onChange([...rows, { widthM: '', heightM: '', count: '1' }])}>
        Добавить проём
      </Button>
    </fieldset>
  );
}

/** One job of the estimate: its template's inputs as a form. */
export function JobForm({
  job,
  template,
  number,
  errors,
  onChange,
  onRemove,
}: {
  job: JobState;
  template: Template;
  number: number;
  errors: Record<string, string>;
  onChange: (texts: Record<string, InputText>) => void;
  onRemove?: (() => void) | undefined;
}) {
  const set = (name: string, value: InputText) => onChange({ ...job.texts, [name]: value });
  return (
    <Panel
      title={`${number}. ${template.title.ru}`}
      level={3}
      aria-label={`Работа ${number}: ${template.title.ru}`}
      actions={
        onRemove && (
          <Button small kind="danger" onClick={onRemove}>
            Убрать работу
          </Button>
        )
      }
    >
      <p className="small muted">{template.description.ru}</p>
      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
        {template.inputs
          .filter((s) => s.type !== 'openings')
          .map((spec) => {
            const label = `${spec.label.ru}${spec.unit ? `, ${spec.unit}` : ''}${spec.required ? ' *' : ''}`;
            const text = job.texts[spec.name];
            const value = typeof text === 'string' ? text : '';
            const error = errors[spec.name] === REQUIRED && value === '' ? undefined : errors[spec.name];
            if (spec.type === 'choice') {
              return (
                <Field key={spec.name} label={label} error={error} hint={hintOf(spec)}>
                  <select value={value} onChange={(e) => set(spec.name, e.target.value)}>
                    {(!spec.required || value === '') && (
                      <option value="">{spec.default === undefined ? 'Подобрать автоматически' : '—'}</option>
                    )}
                    {(spec.values ?? []).map((v, i) => (
                      <option key={String(v)} value={String(v)}>
                        {choiceLabel(spec, i)}
                      </option>
                    ))}
                  </select>
                </Field>
              );
            }
            return (
              <Field key={spec.name} label={label} error={error} hint={hintOf(spec)}>
                <input
                  inputMode={spec.type === 'integer' ? 'numeric' : 'decimal'}
                  value={value}
                  required={spec.required}
                  onChange={(e) => set(spec.name, e.target.value)}
                />
              </Field>
            );
          })}
      </div>
      {template.inputs
        .filter((s) => s.type === 'openings')
        .map((spec) => (
          <Openings
            key={spec.name}
            spec={spec}
            rows={Array.isArray(job.texts[spec.name]) ? (job.texts[spec.name] as OpeningText[]) : []}
            errors={errors}
            onChange={(rows) => set(spec.name, rows)}
          />
        ))}
    </Panel>
  );
}
