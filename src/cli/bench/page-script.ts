/**
 * What the benchmark puts into the page before the app runs (Playwright addInitScript), as a
 * string: a PerformanceObserver collecting "longtask" entries of the main thread; the time of the
 * file input's `change` (ingest start), of the drop report's appearance (ingest end) and of the
 * progress panel's disappearance (the job ended, also when it failed), on the page's clock; the
 * error replies of the app's worker (listened to on the Worker object, nothing else changed); and a setter that, the moment the app installs window.__tasrihBench
 * (client/bench-hook.ts), sends the first search and notes when it is answered — on a reload of
 * a full library, that time since navigation start is reopen_ms.
 */

export interface PageMarks {
  longtasks: [start: number, duration: number][];
  ingestStart: number | null;
  reportAt: number | null;
  /** When the progress panel went away after the ingest started (the job ended, well or not). */
  progressGoneAt: number | null;
  /** Error replies of the app's worker (protocol `kind: 'error'` messages), in order. */
  workerErrors: string[];
  first?: Promise<{ hookAt: number; answeredAt: number; tookMs: number; total: number }>;
}

export const FIRST_QUERY = 'سوريا';

export function initScript(): string {
  return `(() => {
  const B = (window.__benchPage = { longtasks: [], ingestStart: null, reportAt: null, progressGoneAt: null, workerErrors: [] });
  let progressSeen = false;
  const NativeWorker = window.Worker;
  window.Worker = function (url, options) {
    const w = new NativeWorker(url, options);
    w.addEventListener('message', (e) => {
      if (e.data && e.data.kind === 'error') B.workerErrors.push(String(e.data.message));
    });
    return w;
  };
  window.Worker.prototype = NativeWorker.prototype;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  document.addEventListener('change', (e) => {
    const t = e.target;
    if (t && t.matches && t.matches('input[type=file]')) {
      B.ingestStart = performance.now();
      B.reportAt = null;
      B.progressGoneAt = null;
      progressSeen = false;
    }
  }, true);
  new MutationObserver(() => {
    if (B.ingestStart === null) return;
    if (B.reportAt === null && document.querySelector('[data-testid="report"]')) B.reportAt = performance.now();
    const progress = !!document.querySelector('[data-testid="progress"]');
    if (progress) progressSeen = true;
    else if (progressSeen && B.progressGoneAt === null) B.progressGoneAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
  let hook;
  Object.defineProperty(window, '__tasrihBench', {
    configurable: true,
    get: () => hook,
    set: (h) => {
      hook = h;
      const t = performance.now();
      B.first = h.search(${JSON.stringify(FIRST_QUERY)}).then((r) => ({
        hookAt: t, answeredAt: performance.now(), tookMs: r.tookMs, total: r.total,
      }));
    },
  });
})();`;
}
