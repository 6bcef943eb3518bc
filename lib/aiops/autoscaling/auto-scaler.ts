// The decision logic of an AutoScalingPolicy as a step function over a metric stream: the
// replay (what-if) feeds it history, a live auto-scaler would feed it each new sample.
//
// Rules, straight from the policy's fields:
// - scale up when the value has stayed at or above scaleUp.threshold for scaleUp.stabilizationWindow
//   seconds and the last scale-up is at least scaleUp.cooldown seconds ago; likewise down at or
//   below scaleDown.threshold. Each step adds/removes stepSize instances within the bounds.
// - after a step the condition must hold for a whole window again before the next step.
// - a gap in the samples longer than maxGapMs forgets how long a condition has held.
// - with predictive.enabled, a forecast at or above the scale-up threshold (made lookAhead
//   seconds ahead, with confidence ≥ predictive.confidence) scales up without waiting for the
//   window (cooldown and bounds still apply); forecasts never scale down.
import type { AutoScalingPolicy } from '@/schemas';

export type ScalingDirection = 'up' | 'down';

export interface ScalingEvent {
  /** Epoch ms of the sample that triggered it. */
  t: number;
  direction: ScalingDirection;
  from: number;
  to: number;
  /** The metric value (or, for predictive steps, the forecast) that triggered it. */
  value: number;
  reason: 'threshold' | 'predictive';
}

export interface Forecast {
  value: number;
  /** 0..100 */
  confidence: number;
}

export interface AutoScalerOptions {
  /** Instances at the start; the bounds' minimum by default. */
  initialInstances?: number;
  /** Longer gaps between samples reset the stabilization windows. Default 5 minutes. */
  maxGapMs?: number;
}

export type ScalingPolicyInput = Pick<AutoScalingPolicy, 'bounds' | 'scaleUp' | 'scaleDown' | 'predictive'>;

export class AutoScaler {
  instances: number;
  /** True while the scale-up condition holds but the plugin is already at maxInstances. */
  blockedAtMax = false;
  private upSince: number | null = null;
  private downSince: number | null = null;
  private lastUp = -Infinity;
  private lastDown = -Infinity;
  private prevT: number | null = null;
  private readonly maxGapMs: number;

  constructor(
    private readonly policy: ScalingPolicyInput,
    options: AutoScalerOptions = {},
  ) {
    const { minInstances, maxInstances } = policy.bounds;
    this.instances = Math.min(maxInstances, Math.max(minInstances, options.initialInstances ?? minInstances));
    this.maxGapMs = options.maxGapMs ?? 300_000;
  }

  /** Feeds one sample; returns the scaling step it causes, if any. */
  step(t: number, value: number, forecast?: Forecast): ScalingEvent | null {
    const { bounds, scaleUp, scaleDown, predictive } = this.policy;
    if (this.prevT !== null && t - this.prevT > this.maxGapMs) this.upSince = this.downSince = null;
    this.prevT = t;
    if (!Number.isFinite(value)) {
      this.upSince = this.downSince = null;
      return null;
    }
    this.upSince = value >= scaleUp.threshold ? (this.upSince ?? t) : null;
    this.downSince = value <= scaleDown.threshold ? (this.downSince ?? t) : null;
    this.blockedAtMax = false;

    const upCooledDown = t - this.lastUp >= scaleUp.cooldown * 1000;
    if (this.upSince !== null && t - this.upSince >= scaleUp.stabilizationWindow * 1000) {
      if (this.instances >= bounds.maxInstances) this.blockedAtMax = true;
      else if (upCooledDown) return this.scaleUp(t, value, 'threshold');
    }
    if (
      predictive?.enabled &&
      forecast &&
      forecast.confidence >= predictive.confidence &&
      forecast.value >= scaleUp.threshold &&
      upCooledDown &&
      this.instances < bounds.maxInstances
    ) {
      return this.scaleUp(t, forecast.value, 'predictive');
    }
    if (
      this.downSince !== null &&
      t - this.downSince >= scaleDown.stabilizationWindow * 1000 &&
      t - this.lastDown >= scaleDown.cooldown * 1000 &&
      this.instances > bounds.minInstances
    ) {
      const from = this.instances;
      this.instances = Math.max(bounds.minInstances, from - scaleDown.stepSize);
      this.lastDown = t;
      this.downSince = t;
      return { t, direction: 'down', from, to: this.instances, value, reason: 'threshold' };
    }
    return null;
  }

  private scaleUp(t: number, value: number, reason: ScalingEvent['reason']): ScalingEvent {
    const from = this.instances;
    this.instances = Math.min(this.policy.bounds.maxInstances, from + this.policy.scaleUp.stepSize);
    this.lastUp = t;
    if (this.upSince !== null) this.upSince = t;
    return { t, direction: 'up', from, to: this.instances, value, reason };
  }
}
