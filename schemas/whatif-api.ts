// What the preview endpoints take. The draft comes straight from the settings form, so it is
// parsed with the protocol's own schemas; auto-scaling policies are parsed one by one so one
// half-edited policy does not hide the previews of the others.
import { z } from 'zod';
import { AnomalyDetectionConfigSchema } from './aiops';

export const PREVIEW_RANGES = { '24h': 86_400_000, '7d': 7 * 86_400_000 } as const;
export type PreviewRange = keyof typeof PREVIEW_RANGES;

const common = {
  range: z.enum(['24h', '7d']).default('24h').describe('How much history to replay'),
  width: z.int().min(50).max(2000).default(600).describe('Chart width in pixels: at most this many buckets per series'),
  utcOffsetMinutes: z.int().min(-840).max(840).default(0).describe('The browser offset from UTC, so days start at local midnight'),
};

export const AnomalyPreviewRequestSchema = z.object({
  config: AnomalyDetectionConfigSchema.describe('The edited anomaly detection settings'),
  ...common,
});
export type AnomalyPreviewRequest = z.infer<typeof AnomalyPreviewRequestSchema>;

export const AutoScalingPreviewRequestSchema = z.object({
  policies: z.array(z.unknown()).max(20).describe('The edited auto-scaling policies, each checked on its own'),
  ...common,
});
export type AutoScalingPreviewRequest = z.infer<typeof AutoScalingPreviewRequestSchema>;
