// The self-healing dry run sized for a chart: the spans when a trigger held, widened to whole
// buckets and merged, and the would-be proposals counted per bucket, so a week of 15-second
// steps sends at most one span and one mark per bucket.
import type { DryRunProposal } from '../../healing/dry-run/simulate';

export interface HoldSpan {
  start: number;
  end: number;
}

export interface ProposalMark {
  /** Start of the bucket. */
  t: number;
  /** Proposals the engine would have approved by itself. */
  auto: number;
  /** Proposals that would have waited for an approver. */
  approval: number;
}

export function bucketSpans(spans: readonly HoldSpan[], from: number, to: number, bucketMs: number): HoldSpan[] {
  const out: HoldSpan[] = [];
  for (const s of spans) {
    const start = from + Math.floor((s.start - from) / bucketMs) * bucketMs;
    const end = Math.min(to, from + Math.ceil((s.end - from) / bucketMs) * bucketMs);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

export function bucketProposals(proposals: readonly DryRunProposal[], from: number, bucketMs: number): ProposalMark[] {
  const out: ProposalMark[] = [];
  for (const p of proposals) {
    const t = from + Math.floor((p.at - from) / bucketMs) * bucketMs;
    let last = out[out.length - 1];
    if (!last || last.t !== t) out.push((last = { t, auto: 0, approval: 0 }));
    if (p.requiresApproval) last.approval++;
    else last.auto++;
  }
  return out;
}
