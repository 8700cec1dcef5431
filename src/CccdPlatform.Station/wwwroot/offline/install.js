// Makes the station app installable and able to open offline: registers the service worker (scope: the app's base,
// /station/) and tells it every file this page loads, including those fetched before the worker took control on the
// very first visit, so that the next opening without network finds them all.

const base = document.baseURI;
const packages = new URL("/_content/", base).href;

function report(worker, entries) {
  const urls = entries.map(e => e.name).filter(u => u.startsWith(base) || u.startsWith(packages));
  if (urls.length > 0) worker.postMessage({ type: "cache", urls: [base, ...urls] });
}

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("service-worker.js", base), { scope: base, updateViaCache: "none" })
    .then(() => navigator.serviceWorker.ready)
    .then(registration => {
      const worker = registration.active;
      report(worker, performance.getEntriesByType("resource"));
      new PerformanceObserver(list => report(worker, list.getEntries())).observe({ type: "resource" });
    })
    .catch(error => console.warn("Service worker not registered:", error.message));
}
