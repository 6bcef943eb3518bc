'use client';
// Picks the time range: presets that end now (and so stay live), or fixed from/to bounds.
// It only reports choices; the page writes them to the URL.
import { useState } from 'react';
import { ZoomOut } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { ToggleButton } from '@/components/ui/toggle-button';
import { formatDuration } from '@/components/charts/metric-format';
import { LocalTime } from '@/components/shared/local-time';

export interface RangePreset {
  id: string;
  label: string;
  title: string;
  ms: number;
}

export interface RangePickerProps {
  presets: readonly RangePreset[];
  /** The active preset id, or `custom`. */
  value: string;
  /** The bounds on screen now, epoch ms. */
  from: number;
  to: number;
  minRangeMs: number;
  onPreset: (id: string) => void;
  onCustom: (from: number, to: number) => void;
}

/** `datetime-local` works in the reader's zone without one: convert both ways explicitly. */
const toLocalInput = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
const fromLocalInput = (v: string) => (v ? new Date(v).getTime() : NaN);

export function RangePicker({ presets, value, from, to, minRangeMs, onPreset, onCustom }: RangePickerProps) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const custom = value === 'custom';

  const apply = (form: FormData) => {
    const f = fromLocalInput(String(form.get('from') ?? ''));
    const t = fromLocalInput(String(form.get('to') ?? ''));
    if (Number.isNaN(f) || Number.isNaN(t)) return setError('Enter both a start and an end.');
    if (t - f < minRangeMs) return setError(`The end must be at least ${formatDuration(minRangeMs)} after the start.`);
    setError(null);
    setEditing(false);
    onCustom(f, t);
  };

  const zoomOut = () => {
    const mid = (from + to) / 2;
    const half = to - from;
    const end = Math.min(Date.now(), mid + half);
    onCustom(Math.round(end - 2 * half), Math.round(end));
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label="Time range" className="inline-flex rounded-md border border-border bg-surface p-0.5">
          {presets.map((p) => (
            <ToggleButton
              key={p.id}
              title={p.title}
              aria-label={p.title}
              pressed={value === p.id}
              onClick={() => {
                setEditing(false);
                onPreset(p.id);
              }}
            >
              {p.label}
            </ToggleButton>
          ))}
          <ToggleButton pressed={custom} aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            Custom…
          </ToggleButton>
        </div>
        {custom && (
          <>
            <span className="text-sm tabular-nums">
              <LocalTime value={from} /> → <LocalTime value={to} /> <span className="text-muted">({formatDuration(to - from)})</span>
            </span>
            <Button size="sm" onClick={zoomOut}>
              <ZoomOut className="h-3.5 w-3.5" aria-hidden /> Zoom out
            </Button>
          </>
        )}
      </div>
      {editing && (
        <form
          aria-label="Custom time range"
          className="flex flex-wrap items-end gap-3 rounded-md border border-border bg-surface p-3"
          onSubmit={(e) => {
            e.preventDefault();
            apply(new FormData(e.currentTarget));
          }}
        >
          <div className="space-y-1">
            <Label htmlFor="range-from">From</Label>
            <Input id="range-from" name="from" type="datetime-local" defaultValue={toLocalInput(from)} className="w-auto" />
          </div>
          <div className="space-y-1">
            <Label htmlFor="range-to">To</Label>
            <Input id="range-to" name="to" type="datetime-local" defaultValue={toLocalInput(to)} className="w-auto" />
          </div>
          <Button type="submit" variant="primary">
            Apply range
          </Button>
          <Button onClick={() => setEditing(false)}>Cancel</Button>
          {error && (
            <p role="alert" className="w-full text-xs text-danger">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
