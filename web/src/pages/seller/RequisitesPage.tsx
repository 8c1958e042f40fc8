import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formatDate, formatDateTime } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Button, Field, Panel } from '../../ui/controls';
import { ErrorNotice, QueryView } from '../../ui/states';
import { TAX_REGIME } from './labels';
import { moscowToday } from './moscow-dates';
import { addTaxRegime, getRequisites, getTaxRegimes, putRequisites, type Bank, type TaxRegime } from './seller-api';

export default function RequisitesPage() {
  const requisites = useQuery({ queryKey: ['seller', 'requisites'], queryFn: getRequisites });
  return (
    <div className="stack">
      <h1>Реквизиты и налоги</h1>
      <div className="cols">
        <Panel title="Банковские реквизиты">
          <p className="small muted">
            На эти реквизиты покупатели-компании платят по счетам. Без них заказы по счёту не принимаются.
          </p>
          <QueryView query={requisites}>{(r) => <BankForm key={JSON.stringify(r.bank)} bank={r.bank} />}</QueryView>
        </Panel>
        <TaxRegimes />
      </div>
    </div>
  );
}

function BankForm({ bank }: { bank: Bank | null }) {
  const queryClient = useQueryClient();
  const [v, setV] = useState<Bank>(bank ?? { bankName: '', bik: '', corrAccount: '', account: '' });
  const save = useMutation({
    mutationFn: putRequisites,
    onSuccess: (r) => queryClient.setQueryData(['seller', 'requisites'], r),
  });
  const errs = fieldErrors(save.error);
  const set = (k: keyof Bank) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(v);
  };
  return (
    <form onSubmit={submit} noValidate className="stack">
      <Field label="Банк" error={errs['bank.bankName']}>
        <input value={v.bankName} onChange={set('bankName')} required placeholder="ПАО Сбербанк" />
      </Field>
      <Field label="БИК" hint="9 цифр" error={errs['bank.bik'] && 'Неверный БИК: проверьте 9 цифр'}>
        <input inputMode="numeric" value={v.bik} onChange={set('bik')} required />
      </Field>
      <Field
        label="Корреспондентский счёт"
        hint="20 цифр, сверяется с БИК"
        error={errs['bank.corrAccount'] && 'Корр. счёт не сходится с БИК: проверьте цифры'}
      >
        <input inputMode="numeric" value={v.corrAccount} onChange={set('corrAccount')} required />
      </Field>
      <Field
        label="Расчётный счёт"
        hint="20 цифр, сверяется с БИК"
        error={errs['bank.account'] && 'Расчётный счёт не сходится с БИК: проверьте цифры'}
      >
        <input inputMode="numeric" value={v.account} onChange={set('account')} required />
      </Field>
      {save.error && <ErrorNotice error={save.error} />}
      <div aria-live="polite">
        {save.isSuccess && !save.isPending && <p className="notice notice-ok">Реквизиты сохранены.</p>}
      </div>
      <Button type="submit" kind="primary" busy={save.isPending}>
        Сохранить реквизиты
      </Button>
    </form>
  );
}

function TaxRegimes() {
  const queryClient = useQueryClient();
  const regimes = useQuery({ queryKey: ['seller', 'tax-regimes'], queryFn: getTaxRegimes });
  const [regime, setRegime] = useState<TaxRegime>('usn');
  const [from, setFrom] = useState(moscowToday());
  const add = useMutation({
    mutationFn: () => addTaxRegime(regime, from === moscowToday() ? undefined : from),
    onSuccess: (r) => queryClient.setQueryData(['seller', 'tax-regimes'], r),
  });
  const errs = fieldErrors(add.error);
  return (
    <Panel title="Налоговый режим">
      <QueryView query={regimes}>
        {(r) => (
          <div className="stack">
            <p>
              Сейчас: <strong>{TAX_REGIME[r.current]}</strong>
            </p>
            <table className="list" aria-label="История налогового режима">
              <thead>
                <tr>
                  <th>Режим</th>
                  <th>Действует с</th>
                  <th>Записан</th>
                </tr>
              </thead>
              <tbody>
                {r.items.map((i, n) => (
                  <tr key={n}>
                    <td data-label="Режим">{TAX_REGIME[i.taxRegime]}</td>
                    <td data-label="Действует с">
                      {i.appliesFrom
                        ? formatDateTime(i.appliesFrom)
                        : i.startsOn
                          ? formatDate(i.startsOn)
                          : 'с начала работы'}
                    </td>
                    <td data-label="Записан">{i.recordedAt ? formatDateTime(i.recordedAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <h3>Сменить режим</h3>
        <p className="small muted">От режима зависят ставки НДС в ваших предложениях и счетах.</p>
        <Field label="Новый режим" error={errs.taxRegime}>
          <select value={regime} onChange={(e) => setRegime(e.target.value as TaxRegime)}>
            {(Object.keys(TAX_REGIME) as TaxRegime[]).map((t) => (
              <option key={t} value={t}>
                {TAX_REGIME[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="С даты" hint="Сегодня — с этой минуты" error={errs.from && 'Дата — сегодня или позже'}>
          <input type="date" value={from} min={moscowToday()} onChange={(e) => setFrom(e.target.value)} required />
        </Field>
        {add.error && <ErrorNotice error={add.error} />}
        <div aria-live="polite">
          {add.isSuccess && !add.isPending && <p className="notice notice-ok">Режим записан.</p>}
        </div>
        <Button type="submit" busy={add.isPending}>
          Записать режим
        </Button>
      </form>
    </Panel>
  );
}
