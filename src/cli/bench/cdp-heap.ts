/**
 * The used JS heap of the app's Web Worker (where the library, the index and the extraction
 * live), read over the Chrome DevTools Protocol: a CDP session on the page auto-attaches to its
 * dedicated worker (non-flat sessions, so messages go through Target.sendMessageToTarget),
 * forces a garbage collection there (HeapProfiler.collectGarbage) and asks Runtime.getHeapUsage.
 */

import type { Page } from '@playwright/test';

interface Attached {
  sessionId: string;
  targetInfo: { type: string; url: string };
}

export async function workerHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const workers: Attached[] = [];
    cdp.on('Target.attachedToTarget', (e: Attached) => {
      if (e.targetInfo.type === 'worker') workers.push(e);
    });
    const replies = new Map<number, (r: { result?: unknown; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (m.id !== undefined) replies.get(m.id)?.(m);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    for (let i = 0; i < 50 && !workers.length; i++) await new Promise((r) => setTimeout(r, 100));
    // the app's worker is the one running its module (not the floor worker, which has ended)
    const w = workers.find((x) => !x.targetInfo.url.includes('/bench-data/')) ?? workers[0];
    if (!w) throw new Error('no worker target');
    let id = 0;
    const call = (method: string) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const n = ++id;
        const timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 30_000);
        replies.set(n, (m) => {
          clearTimeout(timer);
          if (m.error) reject(new Error(JSON.stringify(m.error)));
          else resolve((m.result ?? {}) as Record<string, number>);
        });
        void cdp.send('Target.sendMessageToTarget', {
          sessionId: w.sessionId,
          message: JSON.stringify({ id: n, method }),
        });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return usage.usedSize / 1e6;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
