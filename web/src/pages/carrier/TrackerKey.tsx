import { useMutation, useQueryClient } from '@tanstack/react-query';
import './carrier.css';
import { formatDateTime } from '../../lib/format';
import { Badge, Button, Panel } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { issueTrackerKey, revokeTrackerKey, type Vehicle } from './carrier-api';

/**
 * The device key for a phone tracker (Traccar Client, OsmAnd): the API shows it once, with the
 * server address to type in (docs/domain.md, Vehicles); afterwards only its first characters.
 */
export function TrackerKey({ vehicle: v }: { vehicle: Vehicle }) {
  const client = useQueryClient();
  const done = () => void client.invalidateQueries({ queryKey: ['carrier'] });
  const issue = useMutation({ mutationFn: () => issueTrackerKey(v.id), onSuccess: done });
  const revoke = useMutation({
    mutationFn: () => revokeTrackerKey(v.id),
    onSuccess: () => {
      issue.reset();
      done();
    },
  });
  const key = issue.data;
  return (
    <Panel title="Трекер в телефоне">
      <p>
        Приложение Traccar Client или OsmAnd в телефоне водителя может передавать местоположение машины само, без входа
        в кабинет.
      </p>
      <p>
        {v.trackerKey.active ? (
          <>
            <Badge tone="ok">ключ действует</Badge> начинается на <code>{v.trackerKey.prefix}</code>
            {v.trackerKey.issuedAt && `, выдан ${formatDateTime(v.trackerKey.issuedAt)}`}
          </>
        ) : (
          <Badge>ключа нет</Badge>
        )}
      </p>
      {(issue.error ?? revoke.error) !== null && <ErrorNotice error={issue.error ?? revoke.error} />}
      {key && (
        <div className="notice notice-ok stack" role="status">
          <strong>Запишите ключ сейчас: больше он показан не будет.</strong>
          <dl className="stack facts">
            <div>
              <dt className="muted small">Адрес сервера</dt>
              <dd>
                <code style={{ wordBreak: 'break-all' }}>{key.setup.serverUrl}</code>
              </dd>
            </div>
            <div>
              <dt className="muted small">Идентификатор устройства (ключ)</dt>
              <dd>
                <code style={{ wordBreak: 'break-all' }} data-testid="tracker-key">
                  {key.setup.deviceIdentifier}
                </code>
              </dd>
            </div>
          </dl>
          <p className="small">
            В Traccar Client: «Адрес сервера» — адрес выше, «Идентификатор устройства» — ключ. В OsmAnd (модуль «Запись
            поездки», онлайн-трекинг) адрес:{' '}
            <code style={{ wordBreak: 'break-all' }}>{osmandUrl(key.setup.serverUrl, key.key)}</code>
          </p>
        </div>
      )}
      <div className="row" style={{ flexWrap: 'wrap' }}>
        <Button kind="primary" busy={issue.isPending} onClick={() => issue.mutate()}>
          {v.trackerKey.active ? 'Выдать новый ключ' : 'Выдать ключ'}
        </Button>
        {v.trackerKey.active && (
          <Button kind="danger" busy={revoke.isPending} onClick={() => revoke.mutate()}>
            Отключить ключ
          </Button>
        )}
      </div>
      {v.trackerKey.active && !key && (
        <p className="muted small">
          Новый ключ заменит прежний: телефон со старым ключом перестанет передавать данные.
        </p>
      )}
    </Panel>
  );
}

/** OsmAnd's online tracking takes a URL template: {0} lat, {1} lon, {2} time in ms, {6} bearing. */
function osmandUrl(serverUrl: string, key: string): string {
  return `${serverUrl}?id=${encodeURIComponent(key)}&lat={0}&lon={1}&timestamp={2}&bearing={6}`;
}
