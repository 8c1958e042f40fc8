import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api';
import { useAuth } from '../../auth/auth';
import { Button } from '../../ui/controls';
import { Empty, ErrorNotice, QueryView } from '../../ui/states';
import { formatDateTime } from '../../lib/format';
import { EstimateResult } from './EstimateResult';
import { saveBlob } from '../../lib/download';
import { copySharedEstimate, sharedEstimate, sharedEstimatePdf } from './public-api';
import './public.css';

/** `/estimates/shared/:token`: someone's estimate by its share link, read-only and priced now. */
export default function SharedEstimatePage() {
  const { token = '' } = useParams();
  const { user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const shared = useQuery({ queryKey: ['insights', 'shared-estimate', token], queryFn: () => sharedEstimate(token) });
  const copy = useMutation({
    mutationFn: () => copySharedEstimate(token),
    onSuccess: (saved) => navigate(`/estimates/${saved.id}`),
  });
  const pdf = useMutation({ mutationFn: async () => saveBlob(await sharedEstimatePdf(token), 'смета.pdf') });

  if (shared.error instanceof ApiError && shared.error.status === 404) {
    return (
      <Empty
        title="Смета не найдена"
        action={
          <Link className="btn btn-primary" to="/estimate">
            Посчитать свою смету
          </Link>
        }
      >
        Ссылка отозвана или смета удалена. Попросите автора прислать новую ссылку.
      </Empty>
    );
  }
  return (
    <QueryView query={shared} loading="Загружаем смету…">
      {(s) => (
        <div>
          <h1 className="wrap-anywhere">{s.title}</h1>
          <p className="muted small">
            Версия {s.version} от {formatDateTime(s.updatedAt)}. Цены — на сегодня.
          </p>
          <div className="row" style={{ marginBottom: '1rem' }}>
            {(!user || user.role === 'customer') && (
              <Button
                kind="primary"
                busy={copy.isPending}
                onClick={() =>
                  user ? copy.mutate() : navigate(`/login?next=${encodeURIComponent(location.pathname)}`)
                }
              >
                Скопировать себе
              </Button>
            )}
            <Button busy={pdf.isPending} onClick={() => pdf.mutate()}>
              Скачать PDF
            </Button>
          </div>
          {copy.error && <ErrorNotice error={copy.error} />}
          {pdf.error && <ErrorNotice error={pdf.error} />}
          <EstimateResult estimate={s.estimate} />
        </div>
      )}
    </QueryView>
  );
}
