/**
 * JSON Lines files of any size for the benchmark's hand-offs (articles.jsonl of a 50,000-article
 * corpus is larger than the longest string V8 can make): read from a Buffer line by line, and
 * written one line at a time.
 */

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

export function readJsonLines<T>(path: string): T[] {
  const buf = readFileSync(path);
  const out: T[] = [];
  for (let start = 0; start < buf.length; ) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    if (end > start) out.push(JSON.parse(buf.toString('utf8', start, end)) as T);
    start = end + 1;
  }
  return out;
}

export class JsonLinesWriter {
  private readonly fd: number;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(item: unknown): void {
    writeSync(this.fd, JSON.stringify(item) + '\n');
  }
  close(): void {
    closeSync(this.fd);
  }
}
