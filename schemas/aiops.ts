// Runtime AI operations of one plugin: anomaly detection, self-healing, auto-scaling,
// root-cause analysis, optimizations and health reports. docs/protocol.md section 4, rules R4–R6.
import { z } from 'zod';
import { anyRecord, type DependentField, dateTime, isMissing, percent, type RevalidatedField } from './common';
import { conditionErrorMessage, parseCondition } from './condition-language';
import { checkErrorPattern } from './safe-pattern';
import { PluginHealthStatusSchema } from './sandbox';
import { secret } from './secrets';

export const AIOpsMetricSchema = z.enum([
  'cpu-usage',
  'memory-usage',
  'response-time',
  'error-rate',
  'throughput',
  'latency',
  'connection-count',
  'queue-depth',
]);
export type AIOpsMetric = z.infer<typeof AIOpsMetricSchema>;

export const AnomalyAlgorithmSchema = z.enum(['statistical', 'machine-learning', 'heuristic', 'hybrid']);
export const AnomalySensitivitySchema = z.enum(['low', 'medium', 'high']);
/** Severity, impact and priority share one scale. */
export const SeveritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export type Severity = z.infer<typeof SeveritySchema>;

export const AnomalyDetectionConfigSchema = z
  .object({
    enabled: z.boolean().default(true).describe('Look for anomalies in the plugin metrics'),
    metrics: z.array(AIOpsMetricSchema).describe('Metrics the detector watches'),
    algorithm: AnomalyAlgorithmSchema.default('hybrid').describe('Detection method'),
    sensitivity: AnomalySensitivitySchema.default('medium').describe('How readily a deviation counts as an anomaly'),
    timeWindow: z.int().min(60).default(300).describe('History the detector looks at (s)'),
    confidenceThreshold: percent('Lowest confidence at which an anomaly is flagged').default(80),
    alertOnDetection: z.boolean().default(true).describe('Send an alert when an anomaly is found'),
  })
  .describe('Anomaly detection on plugin metrics');
export type AnomalyDetectionConfig = z.infer<typeof AnomalyDetectionConfigSchema>;
export type AnomalyDetectionConfigInput = z.input<typeof AnomalyDetectionConfigSchema>;

export const SelfHealingActionTypeSchema = z.enum([
  'restart',
  'scale',
  'rollback',
  'clear-cache',
  'adjust-config',
  'execute-script',
  'notify',
]);
export type SelfHealingActionType = z.infer<typeof SelfHealingActionTypeSchema>;

/** R4: the trigger conditions, any one of which is enough. */
export const TRIGGER_CONDITIONS = ['healthStatus', 'anomalyTypes', 'errorPatterns', 'customCondition'] as const;

const SelfHealingTriggerSchema = z
  .object({
    healthStatus: z.array(PluginHealthStatusSchema).optional().describe('Health states that fire the action'),
    anomalyTypes: z.array(z.string()).optional().describe('Anomaly types that fire the action'),
    errorPatterns: z.array(z.string()).optional().describe('Regular expressions matched against recent warning and error log lines, ignoring case'),
    customCondition: z
      .string()
      .optional()
      .describe('Expression that fires the action, e.g. errorRate > 0.1 AND latency > 500, or cpuUsage > 80 FOR 5m'),
  })
  .superRefine((trigger, ctx) => {
    if (TRIGGER_CONDITIONS.every((name) => isMissing(trigger[name]))) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'trigger needs at least one condition: healthStatus, anomalyTypes, errorPatterns or customCondition',
      });
    }
    // Checked when the document is saved, so the healing engine never meets a bad pattern or
    // condition. Blank entries are left to R4 above (they count as missing).
    trigger.errorPatterns?.forEach((pattern, i) => {
      if (isMissing(pattern)) return;
      const problem = checkErrorPattern(pattern);
      if (problem) ctx.addIssue({ code: 'custom', path: ['errorPatterns', i], message: problem.message, params: { position: problem.position } });
    });
    if (!isMissing(trigger.customCondition)) {
      const parsed = parseCondition(trigger.customCondition!);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', path: ['customCondition'], message: conditionErrorMessage(parsed.error), params: { position: parsed.error.position } });
      }
    }
  });

export const SelfHealingActionSchema = z
  .object({
    id: z.string().describe('Identifier of the action'),
    type: SelfHealingActionTypeSchema.describe('What the action does'),
    trigger: SelfHealingTriggerSchema.describe('When the action fires'),
    parameters: anyRecord('Settings of the action').optional(),
    maxAttempts: z.int().min(1).default(3).describe('Times the action may run for one incident'),
    cooldown: z.int().min(0).default(60).describe('Wait before the action may run again (s)'),
    timeout: z.int().min(1).default(300).describe('Longest time one run may take (s)'),
    requireApproval: z.boolean().default(false).describe('Wait for an approver before running'),
    priority: z.int().min(1).default(5).describe('Run order among actions, lower numbers first'),
  })
  .describe('An action the healing engine may take');
export type SelfHealingAction = z.infer<typeof SelfHealingActionSchema>;
export type SelfHealingActionInput = z.input<typeof SelfHealingActionSchema>;

export const SelfHealingStrategySchema = z.enum(['conservative', 'moderate', 'aggressive']);

export const SelfHealingConfigSchema = z
  .object({
    enabled: z.boolean().default(true).describe('Let the healing engine act on this plugin'),
    strategy: SelfHealingStrategySchema.default('moderate').describe('How eagerly the engine acts'),
    actions: z.array(SelfHealingActionSchema).describe('Actions the engine may take'),
    anomalyDetection: AnomalyDetectionConfigSchema.optional().describe('Anomaly detection that feeds the engine'),
    maxConcurrentHealing: z.int().min(1).default(1).describe('Actions that may run at the same time'),
    learning: z
      .object({
        enabled: z.boolean().default(true).describe('Learn from the outcome of past actions'),
        feedbackLoop: z.boolean().default(true).describe('Feed outcomes back into action choice'),
      })
      .optional()
      .describe('Learning from past actions'),
  })
  .describe('Self-healing of a plugin');
export type SelfHealingConfig = z.infer<typeof SelfHealingConfigSchema>;
export type SelfHealingConfigInput = z.input<typeof SelfHealingConfigSchema>;

export const AutoScalingMetricSchema = z.enum([
  'cpu-usage',
  'memory-usage',
  'request-rate',
  'response-time',
  'queue-depth',
  'custom',
]);
export type AutoScalingMetric = z.infer<typeof AutoScalingMetricSchema>;

const ResourcesSchema = z.object({
  cpu: z.string().optional().describe('CPU in cores, e.g. "0.5"'),
  memory: z.string().optional().describe('Memory with a size suffix, e.g. "512m"'),
});

const scaleStep = (window: number, cooldown: number, direction: string) =>
  z.object({
    threshold: z.number().describe(`Metric value at which to scale ${direction}`),
    stabilizationWindow: z.int().min(0).default(window).describe('How long the threshold must hold (s)'),
    cooldown: z.int().min(0).default(cooldown).describe(`Wait before scaling ${direction} again (s)`),
    stepSize: z.int().min(1).default(1).describe('Instances added or removed per step'),
  });

/** R6: the query belongs to the custom metric. */
const CUSTOM_METRIC_FIELD = { rule: 'R6', field: 'customMetric', when: 'metric', is: ['custom'] } as const satisfies DependentField;
/** R5: minInstances is checked against maxInstances. */
const MIN_INSTANCES_FIELD = { rule: 'R5', field: 'bounds.minInstances', when: 'bounds.maxInstances' } as const satisfies RevalidatedField;

export const AUTOSCALING_DEPENDENT_FIELDS: readonly DependentField[] = [CUSTOM_METRIC_FIELD];
export const AUTOSCALING_REVALIDATED_FIELDS: readonly RevalidatedField[] = [MIN_INSTANCES_FIELD];

export const AutoScalingPolicySchema = z
  .object({
    enabled: z.boolean().default(false).describe('Scale the plugin automatically'),
    metric: AutoScalingMetricSchema.describe('Metric that drives scaling'),
    customMetric: z.string().optional().describe('Query of the metric, when metric is custom'),
    targetValue: z.number().describe('Value of the metric to keep the plugin at'),
    bounds: z
      .object({
        minInstances: z.int().min(1).default(1).describe('Fewest instances to run'),
        maxInstances: z.int().min(1).default(10).describe('Most instances to run'),
        minResources: ResourcesSchema.optional().describe('Smallest resources per instance'),
        maxResources: ResourcesSchema.optional().describe('Largest resources per instance'),
      })
      .superRefine((bounds, ctx) => {
        // R5. Refinements also run after a failed bound: stay quiet until maxInstances is valid.
        if (bounds.maxInstances >= 1 && bounds.minInstances > bounds.maxInstances) {
          ctx.addIssue({
            code: 'custom',
            path: ['minInstances'],
            message: 'minInstances must not be greater than maxInstances',
          });
        }
      })
      .describe('Limits of scaling'),
    scaleUp: scaleStep(60, 300, 'up').describe('When and how to add instances'),
    scaleDown: scaleStep(300, 600, 'down').describe('When and how to remove instances'),
    predictive: z
      .object({
        enabled: z.boolean().default(false).describe('Scale ahead of predicted load'),
        lookAhead: z.int().min(60).default(300).describe('How far ahead to predict (s)'),
        confidence: percent('Lowest confidence at which a prediction is acted on').default(80),
      })
      .optional()
      .describe('Predictive scaling'),
  })
  .superRefine((policy, ctx) => {
    // R6: a query exactly when the metric is custom.
    const { field, when, is } = CUSTOM_METRIC_FIELD;
    const custom = (is as readonly string[]).includes(policy.metric);
    if (custom && isMissing(policy.customMetric)) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required when ${when} is ${is.join(' or ')}` });
    } else if (!custom && !isMissing(policy.customMetric)) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} is only allowed when ${when} is ${is.join(' or ')}` });
    }
  })
  .describe('How a plugin scales on one metric');
export type AutoScalingPolicy = z.infer<typeof AutoScalingPolicySchema>;
export type AutoScalingPolicyInput = z.input<typeof AutoScalingPolicySchema>;

export const RootCauseAnalysisRequestSchema = z
  .object({
    incidentId: z.string().describe('Incident to analyse'),
    pluginId: z.string().describe('Plugin the incident happened in'),
    symptoms: z
      .array(
        z.object({
          type: z.string().describe('Kind of symptom'),
          description: z.string().describe('What was observed'),
          severity: SeveritySchema.describe('How bad the symptom is'),
          timestamp: dateTime('When the symptom was observed'),
        }),
      )
      .describe('What was observed during the incident'),
    timeRange: z
      .object({
        start: dateTime('Start of the analysed period'),
        end: dateTime('End of the analysed period'),
      })
      .describe('Period to analyse'),
    analyzeLogs: z.boolean().default(true).describe('Look at logs'),
    analyzeMetrics: z.boolean().default(true).describe('Look at metrics'),
    analyzeDependencies: z.boolean().default(true).describe('Look at the plugin dependencies'),
    context: anyRecord('Extra facts for the analysis').optional(),
  })
  .describe('A request for root-cause analysis of an incident');
export type RootCauseAnalysisRequest = z.infer<typeof RootCauseAnalysisRequestSchema>;
export type RootCauseAnalysisRequestInput = z.input<typeof RootCauseAnalysisRequestSchema>;

export const RootCauseCategorySchema = z.enum([
  'code-defect',
  'configuration',
  'resource-exhaustion',
  'dependency-failure',
  'network-issue',
  'data-corruption',
  'security-breach',
  'other',
]);
export const EvidenceTypeSchema = z.enum(['log', 'metric', 'trace', 'event']);
export const SignificanceSchema = z.enum(['low', 'medium', 'high']);

export const RootCauseAnalysisResultSchema = z
  .object({
    analysisId: z.string().describe('Identifier of this analysis'),
    incidentId: z.string().describe('Incident that was analysed'),
    rootCauses: z
      .array(
        z.object({
          id: z.string().describe('Identifier of the root cause'),
          description: z.string().describe('What went wrong'),
          confidence: percent('How sure the analysis is of this cause'),
          category: RootCauseCategorySchema.describe('Kind of cause'),
          evidence: z
            .array(
              z.object({
                type: EvidenceTypeSchema.describe('Where the evidence comes from'),
                content: z.string().describe('The evidence itself'),
                timestamp: dateTime('When the evidence was recorded').optional(),
              }),
            )
            .describe('Facts that point to this cause'),
          impact: SeveritySchema.describe('How much the cause hurts'),
          recommendations: z.array(z.string()).describe('What to do about it'),
        }),
      )
      .describe('Causes found, most likely first'),
    contributingFactors: z
      .array(
        z.object({
          description: z.string().describe('What made things worse'),
          confidence: percent('How sure the analysis is of this factor'),
        }),
      )
      .optional()
      .describe('Factors that made the incident worse'),
    timeline: z
      .array(
        z.object({
          timestamp: dateTime('When it happened'),
          event: z.string().describe('What happened'),
          significance: SignificanceSchema.describe('How much it matters'),
        }),
      )
      .optional()
      .describe('Events around the incident'),
    remediation: z
      .object({
        immediate: z.array(z.string()).describe('Steps to take now'),
        shortTerm: z.array(z.string()).describe('Steps to take in the coming days'),
        longTerm: z.array(z.string()).describe('Steps to prevent it happening again'),
      })
      .optional()
      .describe('Plan to fix the incident'),
    overallConfidence: percent('How sure the analysis is overall'),
    timestamp: dateTime('When the analysis finished'),
  })
  .describe('The outcome of a root-cause analysis');
export type RootCauseAnalysisResult = z.infer<typeof RootCauseAnalysisResultSchema>;

export const OptimizationTypeSchema = z.enum([
  'caching',
  'query-optimization',
  'resource-allocation',
  'code-refactoring',
  'architecture-change',
  'configuration-tuning',
]);
export const OptimizationDifficultySchema = z.enum(['trivial', 'easy', 'moderate', 'complex', 'very-complex']);

export const PerformanceOptimizationSchema = z
  .object({
    id: z.string().describe('Identifier of the suggestion'),
    pluginId: z.string().describe('Plugin the suggestion is for'),
    type: OptimizationTypeSchema.describe('Kind of optimization'),
    description: z.string().describe('What to change'),
    expectedImpact: z
      .object({
        performanceGain: percent('Expected performance gain'),
        resourceSavings: z
          .object({
            cpu: z.number().optional().describe('Expected CPU saving (%)'),
            memory: z.number().optional().describe('Expected memory saving (%)'),
            network: z.number().optional().describe('Expected network saving (%)'),
          })
          .optional()
          .describe('Expected resource savings'),
        costReduction: z.number().optional().describe('Expected cost reduction (%)'),
      })
      .describe('What the change should bring'),
    difficulty: OptimizationDifficultySchema.describe('How hard the change is'),
    steps: z.array(z.string()).describe('Steps to make the change'),
    risks: z.array(z.string()).optional().describe('What could go wrong'),
    confidence: percent('How sure the suggestion is'),
    priority: SeveritySchema.describe('How urgent the change is'),
  })
  .describe('A suggested performance optimization');
export type PerformanceOptimization = z.infer<typeof PerformanceOptimizationSchema>;

export const NotificationChannelSchema = z.enum(['email', 'slack', 'webhook', 'sms']);

export const AIOpsAgentConfigSchema = z
  .object({
    agentId: z.string().describe('Identifier of the AIOps agent'),
    pluginId: z.string().describe('Plugin the agent looks after'),
    selfHealing: SelfHealingConfigSchema.optional().describe('Self-healing settings'),
    autoScaling: z.array(AutoScalingPolicySchema).optional().describe('Auto-scaling policies'),
    monitoring: z
      .object({
        enabled: z.boolean().default(true).describe('Collect metrics'),
        interval: z.int().min(1000).default(60000).describe('Time between two collections (ms)'),
        metrics: z.array(z.string()).optional().describe('Metrics to collect'),
      })
      .optional()
      .describe('Metric collection'),
    optimization: z
      .object({
        enabled: z.boolean().default(true).describe('Look for optimizations'),
        scanInterval: z.int().min(3600).default(86400).describe('Time between two scans (s)'),
        autoApply: z.boolean().default(false).describe('Apply optimizations without asking'),
      })
      .optional()
      .describe('Optimization scans'),
    incidentResponse: z
      .object({
        enabled: z.boolean().default(true).describe('Open and follow incidents'),
        autoRCA: z.boolean().default(true).describe('Start a root-cause analysis for each incident'),
        notifications: z
          .array(
            z.object({
              channel: NotificationChannelSchema.describe('Where to send notifications'),
              // Webhook URLs (Slack's especially) and signing secrets are credentials.
              config: secret(anyRecord('Settings of the channel: url, secret, ...')),
            }),
          )
          .optional()
          .describe('Who hears about incidents'),
      })
      .optional()
      .describe('Incident response'),
  })
  .describe('The whole AIOps setup of one plugin');
export type AIOpsAgentConfig = z.infer<typeof AIOpsAgentConfigSchema>;
export type AIOpsAgentConfigInput = z.input<typeof AIOpsAgentConfigSchema>;

export const HealthCheckStatusSchema = z.enum(['passed', 'failed', 'warning']);

export const PluginHealthReportSchema = z
  .object({
    status: PluginHealthStatusSchema.describe('Overall health of the plugin'),
    timestamp: dateTime('When the report was made'),
    message: z.string().optional().describe('Note from the plugin'),
    metrics: z
      .object({
        uptime: z.number().optional().describe('Time the plugin has been running'),
        memoryUsage: z.number().optional().describe('Memory in use'),
        cpuUsage: z.number().optional().describe('CPU in use'),
        activeConnections: z.number().optional().describe('Open connections'),
        errorRate: z.number().optional().describe('Share of requests that failed'),
        responseTime: z.number().optional().describe('Time to answer a request'),
      })
      .optional()
      .describe('Current measurements'),
    checks: z
      .array(
        z.object({
          name: z.string().describe('Name of the check'),
          status: HealthCheckStatusSchema.describe('Outcome of the check'),
          message: z.string().optional().describe('Details of the outcome'),
          data: anyRecord('Data the check returned').optional(),
        }),
      )
      .optional()
      .describe('Individual health checks'),
    dependencies: z
      .array(
        z.object({
          pluginId: z.string().describe('Plugin depended on'),
          status: PluginHealthStatusSchema.describe('Health of that plugin'),
          message: z.string().optional().describe('Details of its health'),
        }),
      )
      .optional()
      .describe('Health of the plugins this one depends on'),
  })
  .describe('What a plugin reports about its own health');
export type PluginHealthReport = z.infer<typeof PluginHealthReportSchema>;
