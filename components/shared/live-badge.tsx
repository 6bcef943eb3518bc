export interface LiveBadgeProps {
  live: boolean;
  /** Seconds between refreshes while live. */
  everySeconds: number;
}

/** Says whether the view follows the clock, so nobody mistakes a frozen range for the present. */
export function LiveBadge({ live, everySeconds }: LiveBadgeProps) {
  if (!live) {
    return <span className="inline-flex items-center gap-2 rounded-full border border-border px-2.5 py-1 text-xs text-muted">Fixed range: not updating</span>;
  }
  return (
    <span className="inline-flex items-center gap-2 rounded-full border border-success/30 bg-success/10 px-2.5 py-1 text-xs font-medium text-success">
      <span aria-hidden className="relative flex h-2 w-2">
        <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-success opacity-60 motion-reduce:hidden" />
        <span className="relative inline-flex h-2 w-2 rounded-full bg-success" />
      </span>
      Live · updates every {everySeconds} s
    </span>
  );
}
