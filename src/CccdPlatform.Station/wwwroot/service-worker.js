// The station app's service worker: keeps the app itself (index.html, Blazor's _framework files, css, js, icons,
// manifest) so that it opens without network and shows the offline queue. The same script runs in development and
// in published builds: a published build also generates service-worker-assets.js (ServiceWorkerAssetsManifest), whose
// list is cached at install and whose version names the cache; without it the page reports every file it loaded (see
// offline/install.js) and the worker caches those. Only the app's files (its scope and /_content/) are kept: API answers
// (/api, /connect, /account) carry citizens' data and tokens and are never cached, whatever their headers say.

/* global assetsManifest */
try {
  importScripts("./service-worker-assets.js");
} catch {
  self.assetsManifest = null;
}

const PREFIX = "cccd-station-";
const CACHE = PREFIX + (self.assetsManifest?.version ?? "dev-1");
const SCOPE = new URL(self.registration.scope);
const SHELL = new URL("./", SCOPE).href;
const KEPT = /\.(html|js|mjs|css|json|wasm|dll|pdb|dat|blat|webmanifest|png|svg|ico|woff2?)$/;
// Blazor names most _framework files after their content (name.fingerprint.ext): such a file never changes.
const FINGERPRINTED = /\.(?=[a-z0-9]*\d)[a-z0-9]{10}\.\w+$/;

// Packages' static files (the sign-in library) are served at the site's /_content/, outside the app's folder.
const PACKAGES = new URL("/_content/", SCOPE).href;

function cacheable(url) {
  const u = new URL(url, SCOPE);
  return u.origin === SCOPE.origin && (u.href.startsWith(SCOPE.href) || u.href.startsWith(PACKAGES))
    && (u.href === SHELL || KEPT.test(u.pathname));
}

// A response is kept only when it is whole, ours and allowed to be stored.
function keepable(response) {
  return response.ok && response.type === "basic" && !/no-store/i.test(response.headers.get("cache-control") ?? "");
}

async function keep(cache, url, response) {
  if (!keepable(response)) return;
  // A redirected response cannot answer a navigation: store a plain copy.
  const copy = response.redirected
    ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
    : response;
  await cache.put(url, copy);
}

async function refresh(urls, onlyMissing = false) {
  const cache = await caches.open(CACHE);
  await Promise.all(urls.filter(cacheable).map(async url => {
    try {
      if (onlyMissing && await cache.match(url)) return;
      await keep(cache, url, await fetch(url, { cache: "no-cache" }));
    } catch {
      // Offline or refused: whatever the cache holds stays.
    }
  }));
}

self.addEventListener("install", event => {
  const listed = (self.assetsManifest?.assets ?? []).map(a => new URL(a.url, SCOPE).href);
  event.waitUntil(refresh([SHELL, ...listed]).then(() => self.skipWaiting()));
});

self.addEventListener("activate", event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page sends the files it loaded before this worker controlled it, and later ones as they come.
self.addEventListener("message", event => {
  if (event.data?.type === "cache" && Array.isArray(event.data.urls)) {
    event.waitUntil(refresh(event.data.urls.filter(u => typeof u === "string"), true));
  }
});

// Cache first, refreshed behind the answer (stale-while-revalidate): the app opens at once, offline or not, and the
// next opening has what the server serves now. Every page of the app is the same index.html.
self.addEventListener("fetch", event => {
  const request = event.request;
  const navigation = request.mode === "navigate" && request.url.startsWith(SCOPE.href);
  if (request.method !== "GET" || request.headers.has("authorization") || !(navigation || cacheable(request.url))) return;
  const key = navigation ? SHELL : request.url;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(key);
    // Behind a cached page, the shell itself is asked for (not, say, a sign-in callback's address).
    const fresh = () => fetch(navigation && cached ? SHELL : request).then(async response => {
      if (!navigation || /text\/html/.test(response.headers.get("content-type") ?? "")) await keep(cache, key, response.clone());
      return response;
    });
    if (!cached) return fresh();
    if (!FINGERPRINTED.test(new URL(key).pathname)) event.waitUntil(fresh().catch(() => undefined));
    return cached;
  })());
});
