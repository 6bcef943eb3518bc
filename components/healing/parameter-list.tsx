// The parameters an action runs with, and which executor will run it.
export interface ParameterListProps {
  parameters: Record<string, unknown>;
  executor: string;
}

const EXECUTOR: Record<string, string> = { demo: 'demo fleet', webhook: 'signed webhook', agent: 'agent (pull API)' };

export function ParameterList({ parameters, executor }: ParameterListProps) {
  const entries = Object.entries(parameters);
  return (
    <dl className="flex flex-wrap gap-1.5 text-xs">
      <div className="flex rounded border border-border">
        <dt className="bg-surface-2 px-1.5 text-muted">runs via</dt>
        <dd className="px-1.5">{EXECUTOR[executor] ?? executor}</dd>
      </div>
      {entries.map(([k, v]) => (
        <div key={k} className="flex max-w-full rounded border border-border">
          <dt className="bg-surface-2 px-1.5 font-mono text-muted">{k}</dt>
          <dd className="truncate px-1.5 font-mono">{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
        </div>
      ))}
      {entries.length === 0 && <span className="self-center text-muted">no parameters</span>}
    </dl>
  );
}
