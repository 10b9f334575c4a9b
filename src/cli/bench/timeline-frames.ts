/**
 * The timeline part of the in-browser benchmark (issue #5: "smooth at 50,000 statements"), on
 * the page of a run whose ingest is done:
 *   open     window.__tasrihBench.openTimeline(true) (every statement: officials-only and
 *            about-Syria filters off), timed on the page's clock until the first draw of the
 *            lanes with the worker's data in (client/timeline-bench.ts's draw log);
 *   frames   a scripted sequence of zooms (wheel at the pointer), pans (a pointer drag, a
 *            horizontal wheel, Page Up / Page Down) and key zooms (+ / −), one input per animation
 *            frame, dispatched on the lanes element from a requestAnimationFrame loop; the frame
 *            times are the deltas between the loop's frames, the draw times those of the draw
 *            log, and the longest main-thread task the "longtask" entries (page-script.ts) that
 *            start during the sequence.
 * Prints nothing and asserts nothing: the figures go to report.ts.
 */

import type { DrawRecord } from '../../client/timeline-bench';
import type { Page } from '@playwright/test';
import { medianOf, percentile, round } from './stats';

export interface TimelineRun {
  /** Dated + undated statements the opened timeline holds. */
  statements: number;
  dated: number;
  lanes: number;
  openMs: number;
  /** Longest main-thread task between the navigation and the first complete draw. */
  openLongestTaskMs: number;
  /** requestAnimationFrame deltas during the sequence, ms. */
  frameMs: number[];
  /** Durations of the lanes' canvas draws during the sequence, ms. */
  drawMs: number[];
  longestTaskMs: number;
  longTasks: number;
  /** Errors thrown on the page during the sequence (e.g. by a synthetic pointer event). */
  errors: string[];
}

/** One step of the script, dispatched in one animation frame. */
export type Step =
  | { kind: 'wheel'; x: number; dx: number; dy: number }
  | { kind: 'key'; key: string }
  | { kind: 'pointer'; type: 'pointerdown' | 'pointermove' | 'pointerup'; x: number }
  | { kind: 'idle' };

/** The sequence: ~6 s at 60 fps of zooming in and out through every level, and panning. */
export function script(): Step[] {
  const s: Step[] = [];
  const rep = (n: number, f: (i: number) => Step) => {
    for (let i = 0; i < n; i++) s.push(f(i));
  };
  // zoom in from the whole range (aggregated bars) to about a month (single marks)
  rep(90, (i) => ({ kind: 'wheel', x: 0.5 + 0.1 * Math.sin(i / 9), dx: 0, dy: -40 }));
  // drag to pan (toward later, then back)
  s.push({ kind: 'pointer', type: 'pointerdown', x: 0.3 });
  rep(40, (i) => ({ kind: 'pointer', type: 'pointermove', x: 0.3 + (i + 1) * 0.008 }));
  rep(40, (i) => ({ kind: 'pointer', type: 'pointermove', x: 0.62 - (i + 1) * 0.008 }));
  s.push({ kind: 'pointer', type: 'pointerup', x: 0.3 });
  // trackpad-style horizontal pan
  rep(40, () => ({ kind: 'wheel', x: 0.5, dx: 30, dy: 0 }));
  // keys: half-view pans and 2× zooms, one every few frames
  const keys = ['PageDown', 'PageUp', '-', 'PageDown', '+', 'PageUp', '-', '-', '+', 'PageDown'];
  for (const key of keys) {
    s.push({ kind: 'key', key });
    rep(3, () => ({ kind: 'idle' }));
  }
  // zoom out to the whole range at another point
  rep(100, (i) => ({ kind: 'wheel', x: 0.3 + 0.05 * Math.cos(i / 7), dx: 0, dy: 40 }));
  // at the whole range: zoom in and out around the middle, with pans
  rep(60, (i) => (i % 3 === 2 ? { kind: 'wheel', x: 0.5, dx: -40, dy: 0 } : { kind: 'wheel', x: 0.6, dx: 0, dy: i % 20 < 10 ? -60 : 60 }));
  return s;
}


/** The browser globals used below (src/cli compiles without DOM types). */
interface TG {
  __benchPage: { longtasks: [number, number][] };
  __tasrihBench: { openTimeline(all: boolean): Promise<void>; draws(since: number): DrawRecord[] };
}

/**
 * The page side of the sequence, as source text (tsx's name helpers must not reach the page):
 * a requestAnimationFrame loop that dispatches one step per frame on the lanes element and notes
 * the frame times; resolves with the frame deltas, the draws, the long tasks and page errors.
 */
function sequenceSource(steps: Step[]): string {
  return `(async () => {
  const steps = ${JSON.stringify(steps)};
  const el = document.querySelector('[data-testid="lanes"]');
  el.focus();
  const r = el.getBoundingClientRect();
  const errors = [];
  const onError = (e) => errors.push(String(e.message));
  window.addEventListener('error', onError);
  const frames = [];
  const start = performance.now();
  const at = (x) => ({ clientX: r.left + x * r.width, clientY: r.top + Math.min(10, r.height / 2) });
  await new Promise((resolve) => {
    let i = 0;
    const step = (now) => {
      frames.push(now);
      if (i >= steps.length) return resolve();
      const s = steps[i++];
      if (s.kind === 'wheel')
        el.dispatchEvent(new WheelEvent('wheel', { ...at(s.x), deltaX: s.dx, deltaY: s.dy, deltaMode: 0, bubbles: true, cancelable: true }));
      else if (s.kind === 'key') el.dispatchEvent(new KeyboardEvent('keydown', { key: s.key, bubbles: true, cancelable: true }));
      else if (s.kind === 'pointer')
        el.dispatchEvent(new PointerEvent(s.type, { ...at(s.x), pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0,
          buttons: s.type === 'pointerup' ? 0 : 1, bubbles: true, cancelable: true }));
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  await new Promise((res) => setTimeout(res, 200)); // the last inputs draw within two frames
  window.removeEventListener('error', onError);
  const tasks = window.__benchPage.longtasks.filter(([s]) => s >= start);
  return {
    frameMs: frames.slice(1).map((t, k) => t - frames[k]),
    drawMs: window.__tasrihBench.draws(start).map((d) => d.ms),
    longestTaskMs: tasks.reduce((m, [, ms]) => Math.max(m, ms), 0),
    longTasks: tasks.length,
    errors: [...new Set(errors)],
  };
})()`;
}

/** Opens the timeline with every statement and runs the scripted zoom/pan sequence. */
export async function timelinePass(page: Page, timeoutS = 300, steps: Step[] = script()): Promise<TimelineRun> {
  await page.setViewportSize({ width: 1280, height: 900 });
  const t0 = await page.evaluate(() => {
    const g = globalThis as unknown as TG;
    const t = performance.now();
    void g.__tasrihBench.openTimeline(true);
    return t;
  });
  await page.waitForFunction(
    (t0) => (globalThis as unknown as TG).__tasrihBench.draws(t0).some((d) => d.ready && d.lanes > 0),
    t0,
    { timeout: timeoutS * 1000, polling: 20 },
  );
  const open = await page.evaluate((t0) => {
    const g = globalThis as unknown as TG;
    const d = g.__tasrihBench.draws(t0).find((x) => x.ready && x.lanes > 0)!;
    const tasks = g.__benchPage.longtasks.filter(([s]) => s >= t0 - 5 && s <= d.at);
    return { d, openMs: d.at - t0, longest: tasks.reduce((m, [, ms]) => Math.max(m, ms), 0) };
  }, t0);
  await page.waitForTimeout(1500); // the list below and the tray settle
  const seq = (await page.evaluate(sequenceSource(steps))) as Pick<TimelineRun, 'frameMs' | 'drawMs' | 'longestTaskMs' | 'longTasks' | 'errors'>;
  return {
    statements: open.d.dated + open.d.undated,
    dated: open.d.dated,
    lanes: open.d.lanes,
    openMs: open.openMs,
    openLongestTaskMs: open.longest,
    ...seq,
  };
}

/** The timeline figures of bench/results.json: medians over the runs that have a timeline pass. */
export function timelineFigures(runs: readonly { timeline: TimelineRun | null; timelineError: string | null }[]): Record<string, unknown> {
  const tl = runs.map((r) => r.timeline).filter((t): t is TimelineRun => !!t);
  const m = (pick: (t: TimelineRun) => number, digits = 1) => round(medianOf(tl, pick), digits);
  const p95 = medianOf(tl, (t) => percentile(t.frameMs, 95));
  return {
    timeline_statements: tl.length ? Math.max(...tl.map((t) => t.statements)) : null,
    timeline_lanes: m((t) => t.lanes, 0),
    timeline_open_ms: m((t) => t.openMs, 0),
    timeline_open_longest_task_ms: m((t) => t.openLongestTaskMs),
    timeline_frames: m((t) => t.frameMs.length, 0),
    timeline_frame_p50_ms: m((t) => percentile(t.frameMs, 50)),
    timeline_frame_p95_ms: round(p95, 1),
    timeline_frame_max_ms: m((t) => Math.max(...t.frameMs)),
    timeline_fps_p5: round(p95 ? 1000 / p95 : null, 1),
    timeline_draw_p50_ms: m((t) => percentile(t.drawMs, 50), 2),
    timeline_draw_p95_ms: m((t) => percentile(t.drawMs, 95), 2),
    timeline_longest_task_ms: m((t) => t.longestTaskMs),
    timeline_long_tasks: m((t) => t.longTasks, 0),
    timeline_errors: [...new Set([...tl.flatMap((t) => t.errors), ...runs.map((r) => r.timelineError).filter((e): e is string => !!e)])],
  };
}

/** Rows of the printed table. */
export const TIMELINE_ROWS: [string, (f: Record<string, unknown>) => unknown][] = [
  ['timeline statements', (f) => f.timeline_statements],
  ['timeline open ms', (f) => f.timeline_open_ms],
  ['timeline frame p50/p95 ms', (f) => (f.timeline_frame_p50_ms === undefined ? null : `${f.timeline_frame_p50_ms ?? '–'} / ${f.timeline_frame_p95_ms ?? '–'}`)],
  ['timeline fps p5', (f) => f.timeline_fps_p5],
  ['timeline draw p95 ms', (f) => f.timeline_draw_p95_ms],
  ['timeline longest task ms', (f) => f.timeline_longest_task_ms],
];
