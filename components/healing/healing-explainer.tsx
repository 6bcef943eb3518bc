// How the engine decides, in plain words, next to the queue: so an approver knows what the
// strategy, the learning and the feedback loop do without reading the code.
import { Card } from '@/components/ui/card';

export function HealingExplainer() {
  return (
    <Card title="How the healing engine decides">
      <ul className="list-disc space-y-1.5 pl-5 text-sm text-muted">
        <li>
          Every 15 seconds it checks each plugin&apos;s self-healing actions: the latest health status, open anomalies by type, warning and error log lines from the last 5
          minutes against the action&apos;s error patterns, and its custom condition over the latest metric values (e.g. <code className="font-mono">heapUsedPercent &gt; 85 FOR 5m</code>
          ). Any one condition that holds proposes the action.
        </li>
        <li>
          At most one live proposal per action and plugin; none inside the action&apos;s cooldown after the last one ended; at most maxAttempts per incident (without an
          incident: since the action last succeeded, within a day). Actions run in priority order, at most maxConcurrentHealing at a time per plugin.
        </li>
        <li>
          The strategy decides what runs without an approver: conservative only notify and clear-cache, moderate also restart and scale, aggressive everything.
          requireApproval always asks. A proposal nobody decides within the action&apos;s timeout expires.
        </li>
        <li>
          Learning records each outcome per action and trigger and shows the success rate on later proposals. The feedback loop adds 1 to an action&apos;s priority number for
          each failure since its last success for the same trigger (at most +5), so an action that keeps failing is tried after its alternatives.
        </li>
        <li>
          An approved action runs exactly once. If its executor stops reporting before the action&apos;s timeout, it is marked &ldquo;outcome unknown&rdquo; and is not run again.
        </li>
      </ul>
    </Card>
  );
}
