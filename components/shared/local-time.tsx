'use client';
import { formatTime } from '@/components/charts/time-format';

export interface LocalTimeProps {
  value: string | number;
  className?: string;
}

/** A time in the reader's zone. The server renders it in its own zone, so the text may differ
 * once on hydration: that difference is expected, not an error. */
export function LocalTime({ value, className }: LocalTimeProps) {
  const iso = new Date(value).toISOString();
  return (
    <time dateTime={iso} className={className} suppressHydrationWarning>
      {formatTime(value)}
    </time>
  );
}
