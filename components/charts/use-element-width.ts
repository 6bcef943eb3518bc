'use client';
// The width of an element in CSS pixels, kept up to date with a ResizeObserver. `dataWidth`
// is the same width rounded down to a step: ask the server for that many buckets, so small
// resizes do not refetch and there is never more than one bucket per pixel. `inset` is what of
// the element is not plot (axes, padding): those pixels get no buckets. `remember` keeps the
// data width in a cookie, so the next visit's server prefetches data of that width.
import { useEffect, useState, type RefObject } from 'react';
import { CHART_WIDTH } from '@/schemas';
import { rememberedWidthCookie, type RememberedWidth } from '@/lib/queries/remembered-widths';

export interface ElementWidth {
  width: number;
  dataWidth: number;
}

export function useElementWidth(ref: RefObject<HTMLElement | null>, step = 40, inset = 0, remember?: RememberedWidth): ElementWidth {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  const dataWidth = width ? Math.min(CHART_WIDTH.max, Math.max(CHART_WIDTH.min, Math.floor(Math.max(0, width - inset) / step) * step)) : 0;
  useEffect(() => {
    // A browser without the Cookie Store API just fetches after measuring, as on a first visit.
    if (remember && dataWidth > 0 && typeof cookieStore !== 'undefined') cookieStore.set(rememberedWidthCookie(remember, dataWidth)).catch(() => {});
  }, [remember, dataWidth]);
  return { width, dataWidth };
}
