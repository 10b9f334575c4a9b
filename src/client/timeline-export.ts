/**
 * Exports of the timeline: the current view as SVG (lib/timeline's toSVG) and as PNG (drawn on a
 * canvas with the page's own fonts, so Arabic labels come out right), and the statements in view
 * as CSV (UTF-8 with a byte-order mark, from toCSV) or JSON with their full texts, read from the
 * worker article by article. Downloads go through an object URL; nothing leaves the browser.
 */
import { density, formatNumber, ticks, toCSV, toJSON, toSVG, visible, type SvgModel, type TimelinePoint } from '../lib/timeline';
import type { Article } from '../lib/model/article';
import type { Engine } from './engine.svelte';
import { i18n } from './i18n.svelte';
import type { TimelineState } from './timeline.svelte';
import { drawDensity, drawLanes } from './timeline-draw';
import { layoutMarks, LANE_HEIGHT, windowMarks } from './timeline-layout';
import { laneOf } from './timeline-lanes';
import { formatRange, timeScale } from '../lib/timeline';

export function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const baseName = (tl: TimelineState) => `tasrih-timeline-${formatRange(tl.view).replace('..', '_')}`;

/** The articles of the points, for their statements' full texts (a few requests at a time). */
async function articlesOf(engine: Engine, points: readonly TimelinePoint[]): Promise<Map<string, Article>> {
  const ids = [...new Set(points.map((p) => p.articleId))];
  const out = new Map<string, Article>();
  for (let i = 0; i < ids.length; i += 16) {
    const got = await Promise.all(ids.slice(i, i + 16).map((id) => engine.article(id).catch(() => null)));
    for (const g of got) if (g) out.set(g.article.id, g.article);
  }
  return out;
}

export async function exportTable(tl: TimelineState, engine: Engine, kind: 'csv' | 'json') {
  const points = visible(tl.index, tl.view);
  const articles = await articlesOf(engine, points);
  if (kind === 'csv') download(`${baseName(tl)}.csv`, new Blob([toCSV(points, articles)], { type: 'text/csv;charset=utf-8' }));
  else download(`${baseName(tl)}.json`, new Blob([toJSON(points, articles)], { type: 'application/json' }));
}

function svgModel(tl: TimelineState): SvgModel {
  const aggregated = tl.layout.unit;
  const bins = aggregated ? density(tl.index, tl.view, aggregated, tl.laneIds) : null;
  return {
    width: tl.width + 180,
    labelWidth: 180,
    domain: tl.view,
    rtl: tl.rtl,
    lang: i18n.lang,
    title: i18n.t('tl.title'),
    density: tl.stripBins,
    lanes: tl.lanes.map((l, i) => ({
      id: l.id,
      label: l.label,
      ...(bins
        ? { bins: bins.map((b) => ({ t0: b.t0, t1: b.t1, count: b.byLane![i], spanning: b.spanningByLane![i] })) }
        : { points: visible(tl.index, tl.view, l.id) }),
    })),
  };
}

export function exportSvg(tl: TimelineState) {
  download(`${baseName(tl)}.svg`, new Blob([toSVG(svgModel(tl))], { type: 'image/svg+xml;charset=utf-8' }));
}

/** The view as a PNG: labels, axis, density strip and lanes, at twice the CSS size. */
export async function exportPng(tl: TimelineState) {
  const labelW = 200;
  const plotW = tl.width;
  const axisH = 44;
  const densityH = 36;
  const lanesH = Math.max(1, tl.lanes.length) * LANE_HEIGHT;
  const W = labelW + plotW + 16;
  const H = axisH + densityH + lanesH + 16;
  const canvas = document.createElement('canvas');
  canvas.width = W * 2;
  canvas.height = H * 2;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(2, 2);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, W, H);
  const plotX = tl.rtl ? 8 : labelW + 8;
  const font = getComputedStyle(document.body).fontFamily;
  const scale = timeScale(tl.view, plotW, tl.rtl);
  ctx.direction = tl.rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'center';
  ctx.fillStyle = '#1d2630';
  for (const t of ticks(tl.view, plotW, i18n.lang)) {
    ctx.font = `${t.major ? 'bold ' : ''}12px ${font}`;
    ctx.fillText(t.label, plotX + scale(new Date(t.t)), t.major ? 16 : 34);
  }
  ctx.save();
  ctx.translate(plotX, 0);
  drawDensity(ctx, { width: plotW, height: densityH, bins: tl.stripBins, x: (t) => scale(new Date(t)), brush: tl.brush }, axisH);
  const layout = layoutMarks({ index: tl.index, laneIds: tl.laneIds, domain: tl.view, width: plotW, rtl: tl.rtl });
  const pos = new Map(tl.laneIds.map((id, i) => [id, i]));
  const windows = windowMarks(tl.undated, (u) => pos.get(laneOf(u, tl.spec.lanes)) ?? -1, tl.view, plotW, tl.rtl);
  const grid = ticks(tl.view, plotW, i18n.lang).map((t) => ({ x: scale(new Date(t.t)), major: t.major }));
  drawLanes(ctx, { width: plotW, laneHeight: LANE_HEIGHT, laneIds: tl.laneIds, layout, windows, grid }, axisH + densityH);
  ctx.restore();
  ctx.font = `13px ${font}`;
  ctx.textAlign = 'start';
  const labelX = tl.rtl ? W - 8 : 8;
  tl.lanes.forEach((l, i) => {
    const y = axisH + densityH + i * LANE_HEIGHT + LANE_HEIGHT / 2 + 5;
    ctx.fillText(`${l.label} (${formatNumber(l.count, i18n.lang)})`, labelX, y, labelW - 16);
  });
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (blob) download(`${baseName(tl)}.png`, blob);
}
