// The auto-scaling what-if: each edited AutoScalingPolicy replayed over the history of the
// metric it scales on, sized for a chart. The history is read here; the replay runs on the
// worker pool (score-autoscaling-preview.ts).
import { AutoScalingPolicySchema, type AutoScalingPolicy } from '@/schemas';
import type { Db } from '../../db/client';
import { zodIssues, type IssueItem } from '../../errors';
import { getPlugin } from '../../plugins/get-plugin';
import { runInWorker } from '../../workers';
import { policyMetric } from '../autoscaling';
import type { AutoScalingPreviewRequest } from '@/schemas/whatif-api';
import { PREVIEW_DEADLINE_MS } from './preview-anomalies';
import { previewWindow } from './preview-window';
import { rawSeries } from './raw-series';
import type { ScalingReplay } from './score-autoscaling-preview';
import { storedMetrics } from './stored-metrics';

export type { ScalingBucket } from './score-autoscaling-preview';

export type PolicyPreview =
  | { index: number; ok: false; issues: IssueItem[] }
  | { index: number; ok: true; policy: AutoScalingPolicy; storedMetric: null; reason: string }
  | ({ index: number; ok: true; policy: AutoScalingPolicy; storedMetric: string } & ScalingReplay);

export interface AutoScalingPreview {
  pluginId: string;
  from: number;
  to: number;
  bucketMs: number;
  policies: PolicyPreview[];
  computeMs: number;
}

export async function previewAutoScaling(db: Db, pluginId: string, req: AutoScalingPreviewRequest, now = Date.now(), signal?: AbortSignal): Promise<AutoScalingPreview> {
  const started = performance.now();
  await getPlugin(db, pluginId);
  const { from, to, bucketMs } = previewWindow(req, now);
  const stored = await storedMetrics(db, pluginId);
  const policies: PolicyPreview[] = [];
  for (const [index, input] of req.policies.entries()) {
    const parsed = AutoScalingPolicySchema.safeParse(input);
    if (!parsed.success) {
      policies.push({ index, ok: false, issues: zodIssues(parsed.error) });
      continue;
    }
    const policy = parsed.data;
    const target = policyMetric(policy, stored);
    const raw = target.metric ? await rawSeries(db, pluginId, target.metric, now) : null;
    if (!target.metric || !raw) {
      policies.push({ index, ok: true, policy, storedMetric: null, reason: target.reason ?? 'No data stored for this metric' });
      continue;
    }
    const { t, v, n } = raw.series;
    const job = { policy, from, to, bucketMs, t: t.slice(0, n), v: v.slice(0, n) };
    const replay = await runInWorker('preview-autoscaling', job, { what: 'The auto-scaling preview', deadlineMs: PREVIEW_DEADLINE_MS, signal });
    policies.push({ index, ok: true, policy, storedMetric: target.metric, ...replay });
  }
  return { pluginId, from, to, bucketMs, policies, computeMs: Math.round(performance.now() - started) };
}
