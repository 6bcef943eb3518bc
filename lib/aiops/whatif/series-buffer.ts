// The raw points of one metric in growable typed arrays: what the previews replay. Its own
// module so the worker threads (lib/workers) load it without the database code that fills it.

/** A growable time series in typed arrays (timestamps in epoch ms). */
export class RawSeries {
  t = new Float64Array(0);
  v = new Float64Array(0);
  n = 0;

  append(ts: ArrayLike<number>, vs: ArrayLike<number>): void {
    const need = this.n + ts.length;
    if (need > this.t.length) {
      const cap = Math.max(need, Math.ceil(this.t.length * 1.25) + 1024);
      const t = new Float64Array(cap);
      const v = new Float64Array(cap);
      t.set(this.t.subarray(0, this.n));
      v.set(this.v.subarray(0, this.n));
      this.t = t;
      this.v = v;
    }
    this.t.set(ts, this.n);
    this.v.set(vs, this.n);
    this.n = need;
  }

  /** Index of the first point at or after `time`. */
  lowerBound(time: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.t[mid] < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A series made from plain arrays (what a preview task receives across the thread boundary). */
export function seriesOf(t: Float64Array, v: Float64Array): RawSeries {
  const s = new RawSeries();
  s.append(t, v);
  return s;
}
