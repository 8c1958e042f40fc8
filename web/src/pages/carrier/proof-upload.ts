/**
 * The proof-of-delivery photo (POST /logistics/deliveries/{id}/proof-photo, multipart field
 * `photo`): sent by XMLHttpRequest, since fetch reports no upload progress, with the bearer token.
 */
import { ApiError, NetworkError, type Problem } from '../../api';
import { api, session } from '../../lib/api';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** The access token lives in memory only: after a reload a cheap authenticated call refreshes it. */
async function token(): Promise<string> {
  if (!session.accessToken) await api.GET('/api/v1/users/me');
  if (!session.accessToken) throw new ApiError({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
  return session.accessToken;
}

function send(id: string, file: File, bearer: string, onProgress: (p: number) => void) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/logistics/deliveries/${encodeURIComponent(id)}/proof-photo`);
    xhr.setRequestHeader('authorization', `Bearer ${bearer}`);
    xhr.setRequestHeader('x-device-id', session.deviceId);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress((e.loaded / e.total) * 100);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the status alone tells what happened
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    const form = new FormData();
    form.append('photo', file, file.name);
    xhr.send(form);
  });
}

/** Uploads the photo; a 401 (the 15-minute token ran out) refreshes the token and tries once more. */
export async function uploadProofPhoto(id: string, file: File, onProgress: (p: number) => void): Promise<void> {
  let res = await send(id, file, await token(), onProgress);
  if (res.status === 401) {
    await api.GET('/api/v1/users/me');
    res = await send(id, file, await token(), onProgress);
  }
  if (res.status === 201) return;
  throw new ApiError({ ...((res.body as Partial<Problem> | null) ?? {}), status: res.status } as Problem);
}
