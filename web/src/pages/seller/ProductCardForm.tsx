import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { parseDecimal } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Button, Field } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { categoryTree, createProduct } from './seller-api';

/** Units of sale (ОКЕИ) the catalogue takes: src/modules/catalog/catalog.tables.ts. */
const UNITS = [
  'шт',
  'м',
  'м²',
  'м³',
  'кг',
  'т',
  'л',
  'упак',
  'мешок',
  'рулон',
  'лист',
  'пог. м',
  'пачка',
  'пара',
  'компл',
  'поддон',
  'бухта',
];

type Node = { id: string; name: string; children: Node[] };

function flatten(nodes: Node[], depth = 0): { id: string; label: string }[] {
  return nodes.flatMap((n) => [
    { id: n.id, label: `${'\u00a0\u00a0'.repeat(depth)}${n.name}` },
    ...flatten(n.children, depth + 1),
  ]);
}

/** A new product card, for when no card in the catalogue fits. */
export function ProductCardForm({
  onCreated,
  onCancel,
}: {
  onCreated: (p: { id: string; name: string; unit: string }) => void;
  onCancel: () => void;
}) {
  const categories = useQuery({ queryKey: ['seller', 'categories'], queryFn: categoryTree, staleTime: 300_000 });
  const [v, setV] = useState({ name: '', categoryId: '', unit: 'шт', weightKg: '', volumeM3: '', sku: '', brand: '' });
  const [local, setLocal] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: createProduct,
    onSuccess: (p) => onCreated({ id: p.id, name: p.name, unit: p.unit }),
  });
  const server = fieldErrors(create.error);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const weightKg = parseDecimal(v.weightKg || '0');
    const volumeM3 = parseDecimal(v.volumeM3 || '0');
    const errs: Record<string, string> = {};
    if (v.name.trim().length < 2) errs.name = 'Не короче 2 символов';
    if (!v.categoryId) errs.categoryId = 'Выберите категорию';
    if (weightKg === null) errs.weightKg = 'Укажите вес числом, например 3,5';
    if (volumeM3 === null) errs.volumeM3 = 'Укажите объём числом, например 0,002';
    setLocal(errs);
    if (Object.keys(errs).length > 0) return;
    create.mutate({
      name: v.name.trim(),
      categoryId: v.categoryId,
      unit: v.unit,
      weightKg: weightKg!,
      volumeM3: volumeM3!,
      sku: v.sku.trim() || null,
      brand: v.brand.trim() || null,
    });
  };

  return (
    <form onSubmit={submit} noValidate className="stack" style={{ maxWidth: 520 }}>
      <Field label="Наименование" error={local.name ?? server.name}>
        <input value={v.name} onChange={set('name')} required />
      </Field>
      <Field label="Категория" error={local.categoryId ?? server.categoryId}>
        <select value={v.categoryId} onChange={set('categoryId')} required>
          <option value="">{categories.isPending ? 'Загружаем…' : 'Выберите категорию'}</option>
          {flatten((categories.data?.items ?? []) as Node[]).map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Единица продажи" error={server.unit}>
        <select value={v.unit} onChange={set('unit')}>
          {UNITS.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
      </Field>
      <Field label="Вес единицы, кг" error={local.weightKg ?? server.weightKg} hint="Нужен для расчёта доставки">
        <input inputMode="decimal" value={v.weightKg} onChange={set('weightKg')} />
      </Field>
      <Field label="Объём единицы, м³" error={local.volumeM3 ?? server.volumeM3}>
        <input inputMode="decimal" value={v.volumeM3} onChange={set('volumeM3')} />
      </Field>
      <Field label="Артикул (необязательно)" error={server.sku}>
        <input value={v.sku} onChange={set('sku')} />
      </Field>
      <Field label="Бренд (необязательно)" error={server.brand}>
        <input value={v.brand} onChange={set('brand')} />
      </Field>
      {create.error && <ErrorNotice error={create.error} />}
      <div className="row">
        <Button type="submit" kind="primary" busy={create.isPending}>
          Создать карточку
        </Button>
        <Button onClick={onCancel}>Отмена</Button>
      </div>
    </form>
  );
}
