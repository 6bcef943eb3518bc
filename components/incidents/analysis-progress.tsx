'use client';
// Progress while an analysis runs: the steps it works through, advancing on a timer (the
// server does not stream progress; a typical analysis takes well under a second, a narrative
// from a language model a few more).
import { useEffect, useState } from 'react';
import { Loader2 } from 'lucide-react';

const STEPS = ['Reading metrics and change points', 'Looking for changes before the start', 'Checking dependency health', 'Grouping log patterns', 'Ranking causes'];

export function AnalysisProgress() {
  const [step, setStep] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setStep((s) => Math.min(STEPS.length - 1, s + 1)), 350);
    return () => clearInterval(t);
  }, []);
  return (
    <div role="status" aria-live="polite" className="space-y-2 rounded-md border border-accent/30 bg-accent/5 px-3 py-2">
      <div className="flex items-center gap-2 text-sm">
        <Loader2 className="h-4 w-4 animate-spin text-accent" aria-hidden />
        Analysing: {STEPS[step]}…
      </div>
      <div role="progressbar" aria-label="Analysis progress" aria-valuemin={0} aria-valuemax={STEPS.length} aria-valuenow={step + 1} className="h-1.5 overflow-hidden rounded-full bg-surface-2">
        <div className="h-full rounded-full bg-accent transition-all duration-300" style={{ width: `${((step + 1) / STEPS.length) * 100}%` }} />
      </div>
    </div>
  );
}
