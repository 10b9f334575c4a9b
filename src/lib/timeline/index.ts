/**
 * The timeline's pure core: statements to points (points.ts), lanes (lanes.ts), the aggregation
 * index and its queries (buckets.ts), the time scale, zoom and ticks (scale.ts), the URL range
 * (range.ts), Intl formatting (format.ts) and exports (export.ts, svg.ts). No DOM: it runs in
 * Node, in the worker and in the page.
 */

export * from './dates';
export * from './format';
export * from './points';
export * from './data-codec';
export * from './lanes';
export * from './names';
export * from './record';
export * from './buckets';
export { binsOf, validRange } from './units';
export * from './scale';
export * from './range';
export * from './export';
export { escapeXml } from './svg';
