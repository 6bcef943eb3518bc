/** One figure of a what-if summary (a `dt`/`dd` pair inside a `dl`), with an optional hint under it. */
export interface PreviewStatProps {
  label: string;
  value: string;
  hint?: string;
}

export function PreviewStat({ label, value, hint }: PreviewStatProps) {
  return (
    <div>
      <dt className="text-[11px] text-muted">{label}</dt>
      <dd className="text-sm font-semibold tabular-nums">
        {value}
        {hint && <span className="block text-[11px] font-normal text-muted">{hint}</span>}
      </dd>
    </div>
  );
}
