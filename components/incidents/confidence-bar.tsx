export interface ConfidenceBarProps {
  /** 0..100 */
  value: number;
  color?: string;
  label: string;
}

/** A confidence as a bar with its number, readable by screen readers as a meter. */
export function ConfidenceBar({ value, color = 'var(--accent)', label }: ConfidenceBarProps) {
  return (
    <div className="flex items-center gap-2">
      <div role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(value)} className="h-2 w-28 overflow-hidden rounded-full bg-surface-2">
        <div className="h-full rounded-full" style={{ width: `${Math.max(2, value)}%`, background: color }} />
      </div>
      <span className="w-9 text-right text-sm font-semibold tabular-nums">{Math.round(value)}%</span>
    </div>
  );
}
