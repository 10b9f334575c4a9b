/**
 * The timeline's draw log for `npm run bench` (src/cli/bench/timeline-frames.ts): when the bench
 * hook (bench-hook.ts, only on a page with `?bench`) switches it on, every canvas draw of the lanes
 * is noted with its end time on the page's clock, its duration, and whether the view's data had
 * arrived. Off, `noteDraw` does nothing. No DOM.
 */

export interface DrawRecord {
  /** performance.now() when the draw ended. */
  at: number;
  /** Duration of the draw call, ms. */
  ms: number;
  lanes: number;
  marks: number;
  /** The worker's data for the current filters had arrived (a complete picture). */
  ready: boolean;
  /** Dated and undated statements in the data. */
  dated: number;
  undated: number;
}

const MAX_RECORDS = 20_000;
const log: { on: boolean; draws: DrawRecord[] } = { on: false, draws: [] };

export function recordDraws(on: boolean): void {
  log.on = on;
  log.draws = [];
}

export function noteDraw(r: DrawRecord): void {
  if (!log.on) return;
  if (log.draws.length >= MAX_RECORDS) log.draws.shift();
  log.draws.push(r);
}

/** The draws noted since `since` (page clock). */
export function drawsSince(since: number): DrawRecord[] {
  return log.draws.filter((d) => d.at >= since);
}

export const drawLogOn = () => log.on;
