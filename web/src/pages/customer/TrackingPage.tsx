import './customer.css';
import { Link, useParams } from 'react-router';
import { Panel } from '../../ui/controls';
import { TrackingPanel } from './TrackingPanel';

/** One delivery of an order, tracked live on a page of its own. */
export default function TrackingPage() {
  const { id = '', deliveryId = '' } = useParams();
  return (
    <div className="stack">
      <p>
        <Link to={`/orders/${id}`}>← К заказу</Link>
      </p>
      <h1>Отслеживание доставки</h1>
      <Panel title="Где груз">
        <TrackingPanel deliveryId={deliveryId} />
      </Panel>
    </div>
  );
}
