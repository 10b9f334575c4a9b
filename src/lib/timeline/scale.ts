/**
 * The time axis: a d3 scaleUtc from the visible domain to pixels, reversed when time runs right
 * to left (the Arabic UI), the zoom and pan maths on the domain, and the axis ticks. Zoom and pan
 * work on fractions of the domain in time order (0 = earliest visible instant), so they do not
 * care about direction; `fractionAt` turns a pointer's x into that fraction. The domain is kept
 * between one day and the data extent plus a margin. Tick steps are d3-time intervals chosen from
 * the visible span and the width (years → months → weeks → days); labels come from Intl in the
 * UI language, with major ticks (and their wider labels) at month or year boundaries.
 */

import { scaleUtc } from 'd3-scale';
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import type { TimeInterval } from 'd3-time';
import { DAY_MS } from './dates';
import { dateFormatter } from './format';
import type { UiLang } from './format';

export type Domain = [number, number];

export interface ZoomLimits {
  /** Earliest and latest instant the domain may show. */
  min: number;
  max: number;
  /** Shortest span the domain may have (default one day). */
  minSpan: number;
}

export interface Tick {
  t: number;
  label: string;
  /** A month (day/week steps) or year (month/year steps) boundary; its label gives the context. */
  major: boolean;
}

/** The scale of `domain` over [0, width]; in rtl the earliest date sits at x = width. */
export function timeScale(
  domain: readonly [number, number],
  width: number,
  rtl: boolean,
): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range(rtl ? [width, 0] : [0, width]);
}

/** Fraction (in time order) of the domain under pixel x. */
export function fractionAt(x: number, width: number, rtl: boolean): number {
  if (!(width > 0)) return 0.5;
  const f = Math.min(1, Math.max(0, x / width));
  return rtl ? 1 - f : f;
}

/**
 * Limits for a data extent: the extent widened by `marginFraction` of its span (at least 30
 * days) on each side; a one-day minimum span. With no data, the years 2011–2025.
 */
export function zoomLimits(extent: readonly [number, number] | null, marginFraction = 0.05): ZoomLimits {
  const [a, b] = extent && extent[1] > extent[0] ? extent : [Date.UTC(2011, 0, 1), Date.UTC(2026, 0, 1)];
  const margin = Math.max(30 * DAY_MS, (b - a) * marginFraction);
  return { min: a - margin, max: b + margin, minSpan: DAY_MS };
}

/** `domain` brought within `limits`: span clamped, then shifted inside [min, max]. */
export function clampDomain(domain: readonly [number, number], limits: ZoomLimits): Domain {
  const full = limits.max - limits.min;
  let [a, b] = domain;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) return [limits.min, limits.max];
  const span = Math.min(full, Math.max(limits.minSpan, b - a));
  const mid = (a + b) / 2;
  a = mid - span / 2;
  b = a + span;
  if (a < limits.min) [a, b] = [limits.min, limits.min + span];
  if (b > limits.max) [a, b] = [limits.max - span, limits.max];
  return [a, b];
}

/**
 * Zoom by `factor` (> 1 zooms in: the span is divided by it) keeping the instant at
 * `anchorFraction` of the domain (time order) where it is, then clamp.
 */
export function zoomAt(
  domain: readonly [number, number],
  factor: number,
  anchorFraction: number,
  limits: ZoomLimits,
): Domain {
  const [a, b] = domain;
  if (!(factor > 0) || !Number.isFinite(factor)) return clampDomain(domain, limits);
  const f = Math.min(1, Math.max(0, Number.isFinite(anchorFraction) ? anchorFraction : 0.5));
  const anchor = a + f * (b - a);
  const span = Math.min(limits.max - limits.min, Math.max(limits.minSpan, (b - a) / factor));
  let from = anchor - f * span;
  from = Math.min(Math.max(from, limits.min), limits.max - span);
  return [from, from + span];
}

/** Move the domain by `deltaFraction` of its span (positive = later in time), then clamp. */
export function pan(domain: readonly [number, number], deltaFraction: number, limits: ZoomLimits): Domain {
  const [a, b] = domain;
  const d = Number.isFinite(deltaFraction) ? deltaFraction * (b - a) : 0;
  return clampDomain([a + d, b + d], limits);
}

type StepKind = 'day' | 'week' | 'month' | 'year';
interface Step {
  interval: TimeInterval;
  kind: StepKind;
  approxMs: number;
}

const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;
const STEPS: Step[] = [
  { interval: utcDay, kind: 'day', approxMs: DAY_MS },
  { interval: utcDay.every(2)!, kind: 'day', approxMs: 2 * DAY_MS },
  { interval: utcMonday, kind: 'week', approxMs: 7 * DAY_MS },
  { interval: utcMonday.every(2)!, kind: 'week', approxMs: 14 * DAY_MS },
  { interval: utcMonth, kind: 'month', approxMs: MONTH_MS },
  { interval: utcMonth.every(3)!, kind: 'month', approxMs: 3 * MONTH_MS },
  { interval: utcMonth.every(6)!, kind: 'month', approxMs: 6 * MONTH_MS },
  ...[1, 2, 5, 10, 20, 50, 100].map((n) => ({
    interval: utcYear.every(n)!,
    kind: 'year' as const,
    approxMs: n * YEAR_MS,
  })),
];

/** Least pixels between two tick labels of a kind (Arabic month names have no short forms). */
function spacingPx(kind: StepKind, lang: UiLang): number {
  if (kind === 'day') return 30;
  if (kind === 'week') return lang === 'ar' ? 80 : 64;
  if (kind === 'month') return lang === 'ar' ? 72 : 48;
  return 48;
}

const MINOR_FORMAT: Record<StepKind, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric' },
  week: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };

/** The tick step for a domain and width: the finest whose labels keep their spacing. */
export function tickStep(domain: readonly [number, number], width: number, lang: UiLang): Step {
  const span = domain[1] - domain[0];
  for (const s of STEPS) if ((span / s.approxMs) * spacingPx(s.kind, lang) <= Math.max(width, 1)) return s;
  return STEPS[STEPS.length - 1];
}

/** Axis ticks of `domain` over `width` pixels, labelled in `lang`. */
export function ticks(domain: readonly [number, number], width: number, lang: UiLang): Tick[] {
  const [a, b] = domain;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) return [];
  const step = tickStep(domain, width, lang);
  const stop = new Date(b + 1);
  if (step.kind === 'year') {
    const fmt = dateFormatter(lang, YEAR);
    return step.interval.range(new Date(a), stop).map((d) => ({ t: +d, label: fmt.format(d), major: true }));
  }
  const fine = step.kind === 'day' || step.kind === 'week';
  const majorIv = fine ? utcMonth : utcYear;
  const majorFmt = dateFormatter(lang, fine ? MONTH_YEAR : YEAR);
  const minorFmt = dateFormatter(lang, MINOR_FORMAT[step.kind]);
  const majors = majorIv.range(new Date(a), stop).map((d) => +d);
  const majorSet = new Set(majors);
  // Minor ticks too close to a major one (a Monday next to the 1st) would collide with its label.
  const gapMs = (0.5 * spacingPx(step.kind, lang) * (b - a)) / Math.max(width, 1);
  const out: Tick[] = majors.map((t) => ({ t, label: majorFmt.format(t), major: true }));
  let m = 0;
  for (const d of step.interval.range(new Date(a), stop)) {
    const t = +d;
    if (majorSet.has(t)) continue;
    while (m < majors.length && majors[m] < t - gapMs) m++;
    if (m < majors.length && Math.abs(majors[m] - t) < gapMs) continue;
    out.push({ t, label: minorFmt.format(t), major: false });
  }
  return out.sort((x, y) => x.t - y.t);
}
