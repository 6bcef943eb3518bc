// SLOT: the self-healing trigger dry run (which actions would have fired over this range) comes
// with the healing engine's trigger evaluation; until then this tab says so honestly.
import { Wrench } from 'lucide-react';

export function HealingDryRunSlot() {
  return (
    <div data-slot="healing-dry-run" className="flex gap-3 rounded-md border border-dashed border-border p-4 text-sm">
      <Wrench className="mt-0.5 h-4 w-4 shrink-0 text-muted" aria-hidden />
      <div>
        <p className="font-medium">Self-healing dry run: not available yet</p>
        <p className="mt-1 text-xs text-muted">
          Which of the edited actions their triggers would have fired over this range, with cooldowns and attempts, arrives with the healing engine&apos;s trigger
          evaluation. Nothing here is simulated in the meantime.
        </p>
      </div>
    </div>
  );
}
