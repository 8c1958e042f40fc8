import { useEffect, useReducer, useRef, useState } from 'react';
import { liveDeliveryUrl } from './customer-api';
import { applyMessage, ENDED, type LiveMessage } from './live-delivery';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'ended';

/**
 * Watches a delivery over its WebSocket: the snapshot first, then positions, ETA and statuses.
 * A dropped socket is reopened (a fresh snapshot follows), waiting longer after each failure,
 * until the delivery has ended.
 */
export function useLiveDelivery(deliveryId: string, onStatus?: () => void) {
  const statusHook = useRef(onStatus);
  useEffect(() => {
    statusHook.current = onStatus;
  }, [onStatus]);
  const [delivery, dispatch] = useReducer(applyMessage, null);
  const [connection, setConnection] = useState<Connection>('connecting');
  useEffect(() => {
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const open = async () => {
      let url: string;
      try {
        url = await liveDeliveryUrl(deliveryId);
      } catch {
        return retry();
      }
      if (stopped) return;
      socket = new WebSocket(url);
      socket.onmessage = (e) => {
        const m = JSON.parse(String(e.data)) as LiveMessage;
        if (m.type === 'snapshot') {
          attempt = 0;
          setConnection('live');
          ended = ENDED.includes(m.delivery.status);
        }
        if (m.type === 'status') {
          if (ENDED.includes(m.status)) ended = true;
          statusHook.current?.();
        }
        dispatch(m);
      };
      socket.onclose = () => {
        if (stopped) return;
        if (ended) return setConnection('ended');
        retry();
      };
    };
    const retry = () => {
      if (stopped) return;
      setConnection('reconnecting');
      attempt += 1;
      timer = setTimeout(() => void open(), Math.min(1000 * 2 ** (attempt - 1), 15_000));
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [deliveryId]);
  return { delivery, connection };
}
