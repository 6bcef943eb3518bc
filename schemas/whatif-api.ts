// What the preview endpoints take. The draft comes straight from the settings form, so it is
// parsed with the protocol's own schemas; auto-scaling policies and self-healing actions are
// parsed one by one so one half-edited policy or action does not hide the previews of the others.
import { z } from 'zod';
import { AnomalyDetectionConfigSchema, SelfHealingConfigSchema } from './aiops';

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

/**
 * The edited selfHealing block. Its own settings are parsed here (a bad strategy is a 400 naming
 * the field); its actions one by one by the preview, so one half-edited action does not hide the
 * dry run of the others. anomalyDetection is left out: the anomaly preview covers it.
 */
export const HealingDraftSchema = SelfHealingConfigSchema.pick({ enabled: true, strategy: true, maxConcurrentHealing: true, learning: true }).extend({
  actions: z.array(z.unknown()).max(50).describe('The edited actions, each checked on its own'),
});
export type HealingDraft = z.infer<typeof HealingDraftSchema>;

export const HealingPreviewRequestSchema = z.object({
  selfHealing: HealingDraftSchema.describe('The edited self-healing settings'),
  ...common,
});
export type HealingPreviewRequest = z.infer<typeof HealingPreviewRequestSchema>;
