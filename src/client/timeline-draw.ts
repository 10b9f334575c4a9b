/**
 * Canvas drawing of the timeline: the lanes (grid lines, undated windows as faint spans, marks or
 * aggregated bars) and the density strip. Canvases are sized in device pixels (devicePixelRatio)
 * and drawn in CSS pixels. Called from requestAnimationFrame by the components, and by the PNG
 * export onto its own canvas.
 */
import type { DensityBin } from '../lib/timeline';
import { speakerHue } from './speaker-colour';
import type { Layout, Mark, WindowMark } from './timeline-layout';
import { markKey } from './timeline-layout';

/** Size the canvas for its CSS size and the screen's pixel ratio; returns the 2D context in CSS px. */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const dpr = Math.max(1, Math.min(3, globalThis.devicePixelRatio || 1));
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx?.clearRect(0, 0, width, height);
  return ctx;
}

const colours = new Map<string, Map<number, string>>();

/** The lane's colour (cached: drawing asks for it once per mark, many thousand times a frame). */
export function laneColour(id: string, lightness = 38, alpha = 1): string {
  let byLane = colours.get(id);
  if (!byLane) {
    if (colours.size > 2000) colours.clear();
    colours.set(id, (byLane = new Map()));
  }
  const key = lightness * 4096 + Math.round(alpha * 4000);
  let c = byLane.get(key);
  if (c === undefined) byLane.set(key, (c = `hsl(${speakerHue(id)} 65% ${lightness}% / ${alpha})`));
  return c;
}

/** Steps of a bar's strength: bars of one lane and step share one fill. */
const STRENGTH_STEPS = 32;

export interface LanesPicture {
  width: number;
  laneHeight: number;
  laneIds: readonly string[];
  layout: Layout;
  windows: readonly WindowMark[];
  /** x of the grid lines (axis ticks) and whether each is major. */
  grid: readonly { x: number; major: boolean }[];
  selected?: string | null;
  hover?: string | null;
  focus?: string | null;
  /** Key of the undated item whose window is highlighted. */
  window?: string | null;
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, Math.max(w, 1), h, Math.min(r, w / 2, h / 2));
}

export function drawLanes(ctx: CanvasRenderingContext2D, pic: LanesPicture, originY = 0) {
  const { width, laneHeight: h, laneIds, layout } = pic;
  ctx.save();
  ctx.translate(0, originY);
  for (let l = 0; l < laneIds.length; l++) {
    if (l % 2) {
      ctx.fillStyle = 'rgba(31, 78, 95, 0.035)';
      ctx.fillRect(0, l * h, width, h);
    }
  }
  for (const g of pic.grid) {
    ctx.fillStyle = g.major ? 'rgba(29, 38, 48, 0.16)' : 'rgba(29, 38, 48, 0.07)';
    ctx.fillRect(Math.round(g.x), 0, 1, laneIds.length * h);
  }
  for (const w of pic.windows) {
    const strong = pic.window === w.key;
    const grad = ctx.createLinearGradient(w.x0, 0, w.x1, 0);
    const c = laneColour(laneIds[w.lane], 55, strong ? 0.35 : 0.14);
    const clear = laneColour(laneIds[w.lane], 55, 0);
    const fade = Math.min(0.15, 40 / Math.max(1, w.x1 - w.x0));
    grad.addColorStop(0, w.fadeStart ? clear : c);
    grad.addColorStop(fade, c);
    grad.addColorStop(1 - fade, c);
    grad.addColorStop(1, w.fadeEnd ? clear : c);
    ctx.fillStyle = grad;
    ctx.fillRect(w.x0, w.y - h * 0.32, w.x1 - w.x0, h * 0.64);
  }
  // Marks of one lane and colour are filled as one path (bars, dots and stacks never overlap
  // much within a lane); spans keep a fill each, so overlapping months read darker. The marks
  // the user singled out (selected, hovered, focused) get their ring afterwards.
  const specials = new Set([pic.selected, pic.hover, pic.focus].filter((k): k is string => !!k));
  const isSpecial = (m: Mark) => specials.size > 0 && specials.has(markKey(m));
  const bars = new Map<string, number[]>();
  const dots = new Map<string, number[]>();
  const stacks = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, colour: string, ...xs: number[]) => {
    const list = map.get(colour);
    if (list) list.push(...xs);
    else map.set(colour, xs);
  };
  const ringed: Mark[] = [];
  for (const m of layout.marks) {
    const id = laneIds[m.lane];
    if (isSpecial(m)) ringed.push(m);
    if (m.kind === 'bin') {
      const strength = layout.maxCount ? m.count / layout.maxCount : 0;
      const bh = m.count ? Math.max(4, (h - 8) * Math.sqrt(strength)) : h * 0.3;
      const step = Math.round(strength * STRENGTH_STEPS) / STRENGTH_STEPS;
      const colour = m.count ? laneColour(id, 40, 0.35 + 0.65 * step) : laneColour(id, 60, 0.25);
      push(bars, colour, m.x0 + 0.5, m.y - bh / 2, Math.max(1, m.x1 - m.x0 - 1), bh);
    } else if (m.kind === 'span') {
      ctx.fillStyle = laneColour(id, 45, 0.3);
      roundRect(ctx, m.x0, m.y - 5, m.x1 - m.x0, 10, 5);
      ctx.fill();
      ctx.strokeStyle = laneColour(id, 35, 0.9);
      ctx.lineWidth = 1;
      ctx.stroke();
    } else if (m.kind === 'stack') {
      const w = Math.max(10, m.x1 - m.x0);
      push(stacks, laneColour(id, 36, 0.95), (m.x0 + m.x1) / 2 - w / 2, m.y - 8, w);
    } else push(dots, laneColour(id, 38, 0.9), m.x, m.y, m.r);
  }
  for (const [colour, r] of bars) {
    ctx.beginPath();
    for (let i = 0; i < r.length; i += 4) ctx.rect(r[i], r[i + 1], r[i + 2], r[i + 3]);
    ctx.fillStyle = colour;
    ctx.fill();
  }
  for (const [colour, r] of stacks) {
    ctx.beginPath();
    for (let i = 0; i < r.length; i += 3) ctx.roundRect(r[i], r[i + 1], Math.max(r[i + 2], 1), 16, Math.min(8, r[i + 2] / 2));
    ctx.fillStyle = colour;
    ctx.fill();
  }
  for (const [colour, r] of dots) {
    ctx.beginPath();
    for (let i = 0; i < r.length; i += 3) {
      ctx.moveTo(r[i] + r[i + 2], r[i + 1]);
      ctx.arc(r[i], r[i + 1], r[i + 2], 0, Math.PI * 2);
    }
    ctx.fillStyle = colour;
    ctx.fill();
  }
  for (const m of ringed) {
    const key = markKey(m);
    if (m.kind === 'span') {
      roundRect(ctx, m.x0, m.y - 5, m.x1 - m.x0, 10, 5);
      ctx.strokeStyle = laneColour(laneIds[m.lane], 35, 0.9);
      ctx.lineWidth = 2.5;
      ctx.stroke();
    } else if (m.kind === 'stack') {
      const w = Math.max(10, m.x1 - m.x0);
      roundRect(ctx, (m.x0 + m.x1) / 2 - w / 2, m.y - 8, w, 16, 8);
      ctx.strokeStyle = '#111';
      ctx.lineWidth = 2;
      ctx.stroke();
    } else if (m.kind === 'point') {
      ctx.beginPath();
      ctx.arc(m.x, m.y, m.r + 3, 0, Math.PI * 2);
      ctx.strokeStyle = key === pic.focus ? '#1f4e5f' : '#111';
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }
  ctx.restore();
}

export interface DensityPicture {
  width: number;
  height: number;
  bins: readonly DensityBin[];
  /** x of a time (the view's scale). */
  x: (t: number) => number;
  /** Brushed range, drawn over the bars. */
  brush?: readonly [number, number] | null;
}

export function drawDensity(ctx: CanvasRenderingContext2D, pic: DensityPicture, originY = 0) {
  const { height: h, bins } = pic;
  let max = 0;
  for (const b of bins) max = Math.max(max, b.count + b.spanning);
  ctx.save();
  ctx.translate(0, originY);
  ctx.fillStyle = 'rgba(31, 78, 95, 0.06)';
  ctx.fillRect(0, 0, pic.width, h);
  for (const b of bins) {
    if (!max || !(b.count + b.spanning)) continue;
    const a = pic.x(b.t0);
    const c = pic.x(b.t1);
    const x0 = Math.min(a, c);
    const w = Math.max(1, Math.abs(c - a) - 1);
    const full = ((b.count + b.spanning) / max) * (h - 4);
    const solid = (b.count / max) * (h - 4);
    ctx.fillStyle = 'rgba(31, 78, 95, 0.25)';
    ctx.fillRect(x0, h - full, w, full - solid);
    ctx.fillStyle = '#1f4e5f';
    ctx.fillRect(x0, h - solid, w, solid);
  }
  if (pic.brush) {
    const a = pic.x(pic.brush[0]);
    const c = pic.x(pic.brush[1]);
    ctx.fillStyle = 'rgba(255, 196, 0, 0.3)';
    ctx.fillRect(Math.min(a, c), 0, Math.abs(c - a), h);
    ctx.fillStyle = '#b38600';
    ctx.fillRect(Math.min(a, c), 0, 1.5, h);
    ctx.fillRect(Math.max(a, c) - 1.5, 0, 1.5, h);
  }
  ctx.restore();
}
