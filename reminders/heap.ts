// A binary min-heap of (time, id) with lazy invalidation: the scheduler keeps the current
// due time per id in a Map and skips heap entries that no longer match it. Two parallel
// arrays keep 100,000 entries to a few megabytes.

export class DueHeap {
  private times: number[] = [];
  private ids: string[] = [];

  get size(): number {
    return this.times.length;
  }

  push(time: number, id: string): void {
    this.times.push(time);
    this.ids.push(id);
    this.up(this.times.length - 1);
  }

  peek(): { time: number; id: string } | undefined {
    return this.times.length ? { time: this.times[0]!, id: this.ids[0]! } : undefined;
  }

  pop(): { time: number; id: string } | undefined {
    const n = this.times.length;
    if (!n) return undefined;
    const top = { time: this.times[0]!, id: this.ids[0]! };
    const lastT = this.times.pop()!;
    const lastI = this.ids.pop()!;
    if (n > 1) {
      this.times[0] = lastT;
      this.ids[0] = lastI;
      this.down(0);
    }
    return top;
  }

  clear(): void {
    this.times = [];
    this.ids = [];
  }

  private swap(a: number, b: number): void {
    const t = this.times[a]!;
    this.times[a] = this.times[b]!;
    this.times[b] = t;
    const i = this.ids[a]!;
    this.ids[a] = this.ids[b]!;
    this.ids[b] = i;
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.times[p]! <= this.times[i]!) break;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const n = this.times.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.times[l]! < this.times[m]!) m = l;
      if (r < n && this.times[r]! < this.times[m]!) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}
