// Advice rules for a plugin's AIOps agent (AIOpsAgentConfig), in one table.
import type { AIOpsAgentConfig } from '@/schemas';
import { eachItem, field, isEmpty } from './rule-helpers';
import type { AdviceRule } from './types';

const actions = (d: AIOpsAgentConfig) => d.selfHealing?.actions;
const policies = (d: AIOpsAgentConfig) => d.autoScaling;
/** Many attempts without a pause hammer a failing plugin. */
const MANY_ATTEMPTS = 5;
/** Actions that only tell someone, and need no approval. */
const HARMLESS = new Set(['notify']);

export const aiopsRules: AdviceRule<AIOpsAgentConfig>[] = [
  {
    id: 'script-without-approval',
    severity: 'risk',
    title: 'Script runs without approval',
    reason: 'An execute-script action runs arbitrary code on the plugin’s host as soon as its trigger fires.',
    at: eachItem('selfHealing.actions', actions, 'requireApproval', (a) => a.type === 'execute-script' && !a.requireApproval),
  },
  {
    id: 'aggressive-without-approval',
    severity: 'risk',
    title: 'Aggressive healing without approval',
    reason: 'The aggressive strategy acts eagerly; without approval a false alarm restarts, scales or rolls back production.',
    at: eachItem('selfHealing.actions', actions, 'requireApproval', (a, d) =>
      d.selfHealing?.strategy === 'aggressive' && !a.requireApproval && !HARMLESS.has(a.type) && a.type !== 'execute-script',
    ),
  },
  {
    id: 'retry-storm',
    severity: 'warning',
    title: 'Many attempts with no cooldown',
    reason: `${MANY_ATTEMPTS}+ attempts back to back can turn one failure into a restart loop; set a cooldown.`,
    at: eachItem('selfHealing.actions', actions, 'cooldown', (a) => a.maxAttempts >= MANY_ATTEMPTS && a.cooldown === 0),
  },
  {
    id: 'healing-without-actions',
    severity: 'info',
    title: 'Self-healing has no actions',
    reason: 'Self-healing is on but has nothing it may do.',
    at: field('selfHealing.actions', (d) => d.selfHealing?.enabled === true && isEmpty(d.selfHealing.actions)),
  },
  {
    id: 'anomaly-detection-off',
    severity: 'warning',
    title: 'Anomaly detection is off',
    reason: 'Self-healing then only sees health states and error patterns, not slow drifts in the metrics.',
    at: field('selfHealing.anomalyDetection.enabled', (d) => d.selfHealing?.anomalyDetection?.enabled === false),
  },
  {
    id: 'anomaly-silent',
    severity: 'info',
    title: 'Anomalies raise no alert',
    reason: 'Detected anomalies are only visible in the console; nobody is told.',
    at: field('selfHealing.anomalyDetection.alertOnDetection', (d) =>
      d.selfHealing?.anomalyDetection?.enabled === true && !d.selfHealing.anomalyDetection.alertOnDetection,
    ),
  },
  {
    id: 'scaling-flapping',
    severity: 'risk',
    title: 'Scale-down threshold at or above scale-up',
    reason: 'The policy can scale up and down on the same value, so instance counts flap.',
    at: eachItem('autoScaling', policies, 'scaleDown.threshold', (p) => p.scaleDown.threshold >= p.scaleUp.threshold),
  },
  {
    id: 'scaling-target-outside-band',
    severity: 'warning',
    title: 'Target outside the scaling band',
    reason: 'targetValue should lie between the scale-down and scale-up thresholds, or the policy never settles on it.',
    at: eachItem('autoScaling', policies, 'targetValue', (p) =>
      p.scaleDown.threshold < p.scaleUp.threshold && (p.targetValue < p.scaleDown.threshold || p.targetValue > p.scaleUp.threshold),
    ),
  },
  {
    id: 'scaling-no-room',
    severity: 'info',
    title: 'Nothing to scale',
    reason: 'minInstances equals maxInstances, so an enabled policy can never change the instance count.',
    at: eachItem('autoScaling', policies, 'bounds.maxInstances', (p) => p.enabled && p.bounds.minInstances === p.bounds.maxInstances),
  },
  {
    id: 'optimization-auto-apply',
    severity: 'risk',
    title: 'Optimizations applied without review',
    reason: 'Suggested changes (configuration, resources, architecture) go live without anyone checking them.',
    at: field('optimization.autoApply', (d) => d.optimization?.autoApply === true),
  },
  {
    id: 'incidents-without-notifications',
    severity: 'warning',
    title: 'Incidents notify nobody',
    reason: 'Incident response is on but has no notification channel, so incidents go unnoticed.',
    at: field('incidentResponse.notifications', (d) => d.incidentResponse?.enabled === true && isEmpty(d.incidentResponse.notifications)),
  },
  {
    id: 'automation-without-monitoring',
    severity: 'warning',
    title: 'Automation runs blind',
    reason: 'Monitoring is off while self-healing or auto-scaling is on; they act on metrics that are not collected.',
    at: field('monitoring.enabled', (d) =>
      d.monitoring?.enabled === false && (d.selfHealing?.enabled === true || (d.autoScaling ?? []).some((p) => p.enabled)),
    ),
  },
];
