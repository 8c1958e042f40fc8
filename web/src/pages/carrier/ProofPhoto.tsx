import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Field, Panel, Progress } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { PHOTO_TYPES, uploadProofPhoto } from './proof-upload';

/** The photo of the goods handed over, with upload progress. */
export function ProofPhoto({ deliveryId, onDone }: { deliveryId: string; onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [typeError, setTypeError] = useState<string>();
  const [progress, setProgress] = useState(0);
  const [preview, setPreview] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => uploadProofPhoto(deliveryId, f, setProgress),
    onSuccess: (_r, f) => {
      setPreview(URL.createObjectURL(f));
      onDone();
    },
  });
  return (
    <Panel title="Фото подтверждения">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) return setTypeError('Выберите фото');
          setProgress(0);
          upload.mutate(file);
        }}
      >
        <Field label="Фото переданного груза" hint="JPEG, PNG или WebP" error={typeError}>
          <input
            type="file"
            accept={PHOTO_TYPES.join(',')}
            capture="environment"
            onChange={(e) => {
              const f = e.target.files?.[0] ?? null;
              setTypeError(
                f && !PHOTO_TYPES.includes(f.type) ? 'Подходят фото в форматах JPEG, PNG или WebP' : undefined,
              );
              setFile(f && PHOTO_TYPES.includes(f.type) ? f : null);
            }}
          />
        </Field>
        {upload.isPending && <Progress value={progress} label="Загрузка фото" />}
        {upload.error !== null && <ErrorNotice error={upload.error} />}
        <div aria-live="polite">{upload.isSuccess && <p className="notice notice-ok">Фото загружено.</p>}</div>
        {preview && <img src={preview} alt="Загруженное фото груза" style={{ maxWidth: '100%', maxHeight: 240 }} />}
        <div className="row">
          <Button type="submit" busy={upload.isPending} disabled={!file}>
            Загрузить фото
          </Button>
        </div>
      </form>
    </Panel>
  );
}
