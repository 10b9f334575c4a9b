/**
 * Unsigned LEB128 varints: a growing byte buffer to write them and a bounded reader that throws
 * on data that runs out (statement-postings.ts stores its id lists this way).
 */

/** Unsigned LEB128 varints into a growing byte buffer. */
export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }

  uint(v: number): void {
    this.room(5);
    while (v > 0x7f) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export class ByteReader {
  constructor(
    private readonly buf: Uint8Array,
    private at = 0,
    private readonly end = buf.length,
  ) {}

  get done(): boolean {
    return this.at === this.end;
  }

  uint(): number {
    let v = 0;
    let shift = 0;
    for (;;) {
      if (this.at >= this.end || shift > 28) throw new Error('varint data is truncated');
      const b = this.buf[this.at++];
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
    }
  }

  bytes(n: number): Uint8Array {
    if (this.at + n > this.end) throw new Error('varint data is truncated');
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
}
