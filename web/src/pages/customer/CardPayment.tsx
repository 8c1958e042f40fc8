import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatMoney } from '../../lib/format';
import { fieldErrors, messageFor } from '../../lib/problems';
import { Button, Field } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { ApiError } from '../../api';
import { cancelPayment, completeThreeDs, payByCard, type Payment } from './customer-api';

/** A 3-D Secure challenge waiting for the customer: this attempt's, or one left open before. */
interface Challenge {
  paymentId: string;
  url: string;
  card: string;
}

const DECLINES: Record<string, string> = {
  card_declined: 'Банк отклонил карту. Попробуйте другую.',
  insufficient_funds: 'На карте недостаточно средств.',
  expired_card: 'Срок действия карты истёк.',
  not_a_test_card: 'Это не тестовая карта: здесь работает только тестовый платёжный шлюз.',
};

/**
 * Pays an order by card. A card that needs 3-D Secure gets the test bank's step right here
 * (confirm / decline post to the provider's page), or the bank's page in this tab.
 */
export function CardPayment({
  orderId,
  amountMinor,
  onPaid,
}: {
  orderId: string;
  amountMinor: number;
  onPaid: () => void;
}) {
  const queryClient = useQueryClient();
  const [card, setCard] = useState({ number: '', exp: '', cvc: '', holder: '' });
  // One key per card typed: a retry after a lost answer repeats, a new card is a new attempt.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [payment, setPayment] = useState<Payment | null>(null);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const pay = useMutation({
    mutationFn: () => {
      const [m = '', y = ''] = card.exp.split('/').map((s) => s.trim());
      return payByCard(orderId, key, {
        number: card.number,
        expMonth: m,
        expYear: y,
        cvc: card.cvc,
        holder: card.holder || undefined,
      });
    },
    onSuccess: (p) => {
      setPayment(p);
      if (p.status === 'requires_action' && p.action)
        setChallenge({
          paymentId: p.id,
          url: p.action.url,
          card: p.card ? `${p.card.brand} •••• ${p.card.last4}` : '',
        });
      if (p.status === 'succeeded') done();
      if (p.status === 'declined' || p.status === 'failed') setKey(crypto.randomUUID());
    },
    onError: (e) => {
      // An earlier attempt still waits for 3-D Secure: finish that one (or drop it) first.
      const action = e instanceof ApiError && e.code === 'PAYMENT.IN_PROGRESS' ? e.problem.action : null;
      if (action && typeof action === 'object' && 'url' in action)
        setChallenge({
          paymentId: String(e instanceof ApiError ? e.problem.paymentId : ''),
          url: String(action.url),
          card: '',
        });
    },
  });
  const drop = useMutation({
    mutationFn: () => cancelPayment(orderId, challenge!.paymentId),
    onSuccess: () => {
      setChallenge(null);
      setPayment(null);
      pay.reset();
      setKey(crypto.randomUUID());
    },
  });
  const threeDs = useMutation({
    mutationFn: (outcome: 'succeed' | 'fail') => completeThreeDs(challenge!.url, outcome),
    onSuccess: (r) => {
      if (r.outcome === 'succeeded') done();
      else {
        setChallenge(null);
        setPayment(null);
        setKey(crypto.randomUUID());
      }
    },
  });
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: ['order', orderId] });
    void queryClient.invalidateQueries({ queryKey: ['orders'] });
    onPaid();
  };
  const errors = fieldErrors(pay.error);
  const change = (k: keyof typeof card) => (e: { target: { value: string } }) => {
    setCard({ ...card, [k]: e.target.value });
    setKey(crypto.randomUUID());
  };

  if (challenge)
    return (
      <div className="stack" aria-live="polite">
        <h3>Подтверждение 3-D Secure</h3>
        <p>
          Банк просит подтвердить оплату {formatMoney(payment?.amountMinor ?? amountMinor)} картой {challenge.card}.
        </p>
        <div className="row">
          <Button kind="primary" busy={threeDs.isPending} onClick={() => threeDs.mutate('succeed')}>
            Подтвердить оплату
          </Button>
          <Button kind="danger" disabled={threeDs.isPending} onClick={() => threeDs.mutate('fail')}>
            Отклонить
          </Button>
          {safeBankUrl(challenge.url) && (
            <a className="btn" href={safeBankUrl(challenge.url)!}>
              Открыть страницу банка
            </a>
          )}
          <Button small busy={drop.isPending} onClick={() => drop.mutate()}>
            Оплатить другой картой
          </Button>
        </div>
        {threeDs.error && <p className="notice notice-error">Банк не принял ответ: {messageFor(threeDs.error)}</p>}
        {drop.error && <ErrorNotice error={drop.error} />}
      </div>
    );

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        pay.mutate();
      }}
    >
      <p>
        К оплате: <strong>{formatMoney(amountMinor)}</strong>
      </p>
      <p className="small muted">Тестовые карты: 4242 4242 4242 4242 — успешно, 4000 0000 0000 3220 — с 3-D Secure.</p>
      <Field label="Номер карты" error={errors['card.number']}>
        <input inputMode="numeric" autoComplete="cc-number" required value={card.number} onChange={change('number')} />
      </Field>
      <div className="grid">
        <Field label="Срок (ММ/ГГ)" error={errors['card.expMonth'] ?? errors['card.expYear']}>
          <input autoComplete="cc-exp" placeholder="12/30" required value={card.exp} onChange={change('exp')} />
        </Field>
        <Field label="CVC" error={errors['card.cvc']}>
          <input
            inputMode="numeric"
            autoComplete="cc-csc"
            required
            maxLength={4}
            value={card.cvc}
            onChange={change('cvc')}
          />
        </Field>
      </div>
      <Field label="Имя на карте (необязательно)">
        <input autoComplete="cc-name" value={card.holder} onChange={change('holder')} />
      </Field>
      {payment && (payment.status === 'declined' || payment.status === 'failed') && (
        <p className="notice notice-error" role="alert">
          {DECLINES[payment.declineCode ?? ''] ?? 'Оплата не прошла. Попробуйте другую карту.'}
        </p>
      )}
      {threeDs.data?.outcome === 'failed' && (
        <p className="notice notice-error" role="alert">
          Оплата не подтверждена в банке. Попробуйте ещё раз.
        </p>
      )}
      {pay.error && Object.keys(errors).length === 0 && <ErrorNotice error={pay.error} />}
      <div>
        <Button kind="primary" type="submit" busy={pay.isPending}>
          Оплатить {formatMoney(amountMinor)}
        </Button>
      </div>
    </form>
  );
}

/** The bank's page only over https or on this site: never a `javascript:` or other scheme from an answer. */
function safeBankUrl(url: string): string | null {
  try {
    const u = new URL(url, window.location.origin);
    return u.protocol === 'https:' || u.origin === window.location.origin ? u.href : null;
  } catch {
    return null;
  }
}
