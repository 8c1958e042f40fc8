/* TUTUU Маркет service worker: keeps the app shell (HTML, scripts, styles, icons) for offline use.
   API answers are never cached here — they carry personal data and must be fresh. */
const SHELL = 'tutuu-shell-v2';
const SHELL_URLS = ['/', '/manifest.webmanifest', '/icons/icon.svg', '/icons/icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(SHELL_URLS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const isApi = (url) =>
  url.pathname.startsWith('/api/') ||
  url.pathname.startsWith('/docs') ||
  url.pathname.startsWith('/health') ||
  url.pathname.startsWith('/metrics') ||
  url.pathname === '/openapi.json' ||
  url.pathname === '/app-config.json';

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || isApi(url)) return;

  if (request.mode === 'navigate') {
    // Pages: the network first (a new release shows at once), the cached shell when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          // Only the app's own page becomes the offline shell, never a text or JSON answer.
          const isPage = (response.headers.get('content-type') || '').startsWith('text/html');
          if (response.ok && isPage) {
            const copy = response.clone();
            void caches.open(SHELL).then((cache) => cache.put('/', copy));
          }
          return response;
        })
        .catch(() => caches.match('/').then((r) => r || offlinePage())),
    );
    return;
  }

  // Hashed build assets never change under the same name: the cache first, then the network.
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/')) {
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            const copy = response.clone();
            if (response.ok) void caches.open(SHELL).then((cache) => cache.put(request, copy));
            return response;
          }),
      ),
    );
  }
});

function offlinePage() {
  return new Response(
    '<!doctype html><html lang="ru"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
      '<title>Нет связи — TUTUU Маркет</title><body style="font-family:system-ui;padding:2rem">' +
      '<h1>Нет подключения к интернету</h1><p>TUTUU Маркет откроется, когда связь вернётся.</p></body></html>',
    { headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}
