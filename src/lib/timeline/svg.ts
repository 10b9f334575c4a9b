/**
 * A pure SVG writer for the current timeline view (the "Export SVG" button; the page turns the
 * same picture into PNG through a canvas). It draws the axis ticks, the density strip, one row per
 * lane with its label, and the lane's marks: day-precise points as circles, month- and
 * year-precise points as spans, or aggregated bins as bars whose strength follows the count.
 * Marks outside the domain are culled. Every piece of text — lane labels, titles, the first words
 * in mark tooltips — is escaped for XML and stripped of characters XML cannot carry, so user text
 * never becomes markup. In rtl the labels sit on the right, time runs right to left and the root
 * carries direction="rtl" (text-anchor "start" is then the right edge, as SVG specifies).
 */

import type { DensityBin } from './buckets';
import type { TimelinePoint } from './points';
import type { UiLang } from './format';
import { formatNumber } from './format';
import { ticks, timeScale } from './scale';

export interface SvgLane {
  id: string;
  label: string;
  /** Individual marks (when the view is not aggregated). */
  points?: readonly TimelinePoint[];
  /** Aggregated bins of this lane (count/spanning of this lane only). */
  bins?: readonly DensityBin[];
}

export interface SvgModel {
  width: number;
  domain: readonly [number, number];
  rtl: boolean;
  lang: UiLang;
  lanes: readonly SvgLane[];
  /** The density strip above the lanes. */
  density?: readonly DensityBin[];
  title?: string;
  laneHeight?: number;
  labelWidth?: number;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];
const FONT = "system-ui, 'Noto Sans Arabic', 'Segoe UI', Tahoma, sans-serif";

/** Text safe inside an XML element or attribute. */
export function escapeXml(s: unknown): string {
  return String(s ?? '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate: finite, at most two decimals. */
const n = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '0');

const clip = (s: string, max = 32) => (s.length > max ? s.slice(0, max - 1) + '…' : s);

/** The SVG document of the view. */
export function toSVG(model: SvgModel): string {
  const { rtl, lang, domain } = model;
  const width = Math.max(200, Number.isFinite(model.width) ? model.width : 800);
  const laneH = model.laneHeight ?? 28;
  const labelW = Math.min(width / 2, model.labelWidth ?? 160);
  const pad = 8;
  const titleH = model.title ? 28 : 0;
  const axisH = 40;
  const densityH = model.density?.length ? 44 : 0;
  const plotX = rtl ? pad : labelW;
  const plotW = width - labelW - pad;
  const top = titleH + axisH + densityH;
  const height = top + model.lanes.length * laneH + pad;
  const scale = timeScale(domain, plotW, rtl);
  const x = (t: number) => plotX + scale(t);
  const inView = (t0: number, t1: number) => t1 > domain[0] && t0 < domain[1];
  const span = (t0: number, t1: number) => {
    const a = x(Math.max(t0, domain[0]));
    const b = x(Math.min(t1, domain[1]));
    return { x: Math.min(a, b), w: Math.max(1, Math.abs(b - a)) };
  };
  const labelX = rtl ? width - pad : pad;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}"` +
      ` font-family="${escapeXml(FONT)}" font-size="12"${rtl ? ' direction="rtl"' : ''}>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<defs><clipPath id="plot"><rect x="${n(plotX)}" y="0" width="${n(plotW)}" height="${n(height)}"/></clipPath></defs>`,
  );
  if (model.title)
    out.push(
      `<text x="${n(labelX)}" y="20" font-size="15" font-weight="bold">${escapeXml(model.title)}</text>`,
    );

  out.push(`<g class="axis" clip-path="url(#plot)">`);
  for (const tk of ticks(domain, plotW, lang)) {
    const tx = x(tk.t);
    const y = titleH + (tk.major ? 14 : 30);
    out.push(
      `<line x1="${n(tx)}" x2="${n(tx)}" y1="${n(titleH + (tk.major ? 0 : 18))}" y2="${n(height - pad)}" stroke="${tk.major ? '#bbb' : '#e5e5e5'}"/>`,
      `<text x="${n(tx)}" y="${n(y)}" text-anchor="middle"${tk.major ? ' font-weight="bold"' : ''}>${escapeXml(tk.label)}</text>`,
    );
  }
  out.push(`</g>`);

  if (densityH) {
    const bins = model.density!.filter((b) => inView(b.t0, b.t1));
    const max = bins.reduce((m, b) => Math.max(m, b.count + b.spanning), 1);
    const base = titleH + axisH + densityH - 6;
    const h = densityH - 10;
    out.push(`<g class="density" clip-path="url(#plot)">`);
    for (const b of bins) {
      if (!b.count && !b.spanning) continue;
      const { x: bx, w } = span(b.t0, b.t1);
      const hc = (h * b.count) / max;
      const hs = (h * b.spanning) / max;
      const tip = `${formatNumber(b.count, lang)}${b.spanning ? ' + ' + formatNumber(b.spanning, lang) : ''}`;
      out.push(
        `<g><title>${escapeXml(tip)}</title>` +
          (hc
            ? `<rect x="${n(bx)}" y="${n(base - hc)}" width="${n(w)}" height="${n(hc)}" fill="#555"/>`
            : '') +
          (hs
            ? `<rect x="${n(bx)}" y="${n(base - hc - hs)}" width="${n(w)}" height="${n(hs)}" fill="#555" fill-opacity="0.3"/>`
            : '') +
          `</g>`,
      );
    }
    out.push(`</g>`);
  }

  model.lanes.forEach((lane, i) => {
    const y0 = top + i * laneH;
    const cy = y0 + laneH / 2;
    const color = PALETTE[i % PALETTE.length];
    out.push(
      `<g class="lane">`,
      `<line x1="0" x2="${n(width)}" y1="${n(y0 + laneH)}" y2="${n(y0 + laneH)}" stroke="#eee"/>`,
      `<text x="${n(labelX)}" y="${n(cy + 4)}" text-anchor="start">${escapeXml(clip(lane.label))}</text>`,
      `<g clip-path="url(#plot)" fill="${color}">`,
    );
    if (lane.bins) {
      const bins = lane.bins.filter((b) => inView(b.t0, b.t1) && (b.count || b.spanning));
      const max = bins.reduce((m, b) => Math.max(m, b.count + b.spanning), 1);
      for (const b of bins) {
        const { x: bx, w } = span(b.t0, b.t1);
        const op = b.count ? 0.25 + (0.75 * b.count) / max : 0.15;
        out.push(
          `<rect x="${n(bx)}" y="${n(cy - laneH * 0.3)}" width="${n(w)}" height="${n(laneH * 0.6)}" fill-opacity="${n(op)}">` +
            `<title>${escapeXml(formatNumber(b.count, lang))}</title></rect>`,
        );
      }
    } else
      for (const p of lane.points ?? []) {
        if (!inView(p.t0, p.t1)) continue;
        const tip = `<title>${escapeXml(p.firstWords)}</title>`;
        if (p.precision === 'day')
          out.push(`<circle cx="${n(x((p.t0 + p.t1) / 2))}" cy="${n(cy)}" r="3.5">${tip}</circle>`);
        else {
          const { x: sx, w } = span(p.t0, p.t1);
          out.push(
            `<rect x="${n(sx)}" y="${n(cy - 4)}" width="${n(w)}" height="8" rx="3" fill-opacity="0.35">${tip}</rect>`,
          );
        }
      }
    out.push(`</g>`, `</g>`);
  });
  out.push(`</svg>`);
  return out.join('\n');
}
