import { formatNumber, formatTime } from '../../lib/format';
import { messageFor } from '../../lib/problems';
import { Panel } from '../../ui/controls';
import { useLocationSharing } from './use-location-sharing';

/** The «отправлять моё местоположение» switch and what it has sent so far. */
export function LocationSharing({
  deliveryId,
  active,
  onSent,
}: {
  deliveryId: string;
  active: boolean;
  onSent: () => void;
}) {
  const s = useLocationSharing(deliveryId, active, onSent);
  return (
    <Panel title="Местоположение">
      <label className="row" style={{ gap: '0.5rem', alignItems: 'center' }}>
        <input
          type="checkbox"
          role="switch"
          checked={s.on}
          disabled={!active}
          onChange={(e) => s.setOn(e.target.checked)}
        />
        Отправлять моё местоположение
      </label>
      <p className="muted small">
        {active
          ? 'Пока страница открыта, покупатель видит машину на карте и время прибытия.'
          : 'Доставка завершена: местоположение больше не передаётся.'}
      </p>
      <p aria-live="polite" data-testid="positions-sent">
        {s.sent > 0 || s.on
          ? `Отправлено точек: ${formatNumber(s.sent)}${s.lastSentAt ? `, последняя в ${formatTime(s.lastSentAt)}` : ''}` +
            (s.pending > 0 ? `; ждут отправки: ${formatNumber(s.pending)}` : '')
          : null}
      </p>
      {s.geoError && (
        <p className="notice notice-error" role="alert">
          {s.geoError}
        </p>
      )}
      {s.error !== null && (
        <p className="notice notice-error" role="alert">
          {messageFor(s.error)}
          {s.pending > 0 && ' Точки сохранены и уйдут, когда связь появится.'}
        </p>
      )}
    </Panel>
  );
}
