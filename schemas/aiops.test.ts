import { describe, expect, it } from 'vitest';
import {
  AIOpsAgentConfigSchema,
  AIOpsMetricSchema,
  AnomalyDetectionConfigSchema,
  AutoScalingMetricSchema,
  AutoScalingPolicySchema,
  PerformanceOptimizationSchema,
  PluginHealthReportSchema,
  RootCauseAnalysisRequestSchema,
  RootCauseAnalysisResultSchema,
  SelfHealingActionSchema,
  SelfHealingActionTypeSchema,
  SelfHealingConfigSchema,
} from './aiops';
import { accepts, checkBound, checkEnum, issuePaths, messageAt, parseTwice } from './test-utils';

const at = '2024-05-01T12:00:00Z';
const atOffset = '2024-05-01T14:00:00+02:00';
const STATUSES = ['healthy', 'degraded', 'unhealthy', 'failed', 'recovering', 'unknown'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'];

const anomaly = { metrics: ['cpu-usage'] };
const action = { id: 'restart-on-failure', type: 'restart', trigger: { healthStatus: ['failed'] } };
const healing = { actions: [action] };
const policy = { metric: 'cpu-usage', targetValue: 70, scaleUp: { threshold: 80 }, scaleDown: { threshold: 30 } };
const rcaRequest = {
  incidentId: 'inc-1',
  pluginId: 'billing',
  symptoms: [{ type: 'latency', description: 'p99 above 2 s', severity: 'high', timestamp: at }],
  timeRange: { start: at, end: atOffset },
};
const rcaResult = {
  analysisId: 'rca-1',
  incidentId: 'inc-1',
  rootCauses: [
    {
      id: 'cause-1',
      description: 'Connection pool exhausted',
      confidence: 85,
      category: 'resource-exhaustion',
      evidence: [{ type: 'metric', content: 'pool at 100%', timestamp: at }],
      impact: 'high',
      recommendations: ['Raise the pool size'],
    },
  ],
  contributingFactors: [{ description: 'Traffic spike', confidence: 60 }],
  timeline: [{ timestamp: atOffset, event: 'Deploy', significance: 'medium' }],
  remediation: { immediate: ['Restart'], shortTerm: ['Tune pool'], longTerm: ['Load test'] },
  overallConfidence: 80,
  timestamp: at,
};
const optimization = {
  id: 'opt-1',
  pluginId: 'billing',
  type: 'caching',
  description: 'Cache rate lookups',
  expectedImpact: { performanceGain: 30, resourceSavings: { cpu: 10 }, costReduction: 5 },
  difficulty: 'easy',
  steps: ['Add a cache'],
  confidence: 70,
  priority: 'medium',
};
const agent = { agentId: 'billing-agent', pluginId: 'billing' };
const report = { status: 'healthy', timestamp: at };

describe('AnomalyDetectionConfigSchema', () => {
  it('requires metrics and applies defaults', () => {
    expect(issuePaths(AnomalyDetectionConfigSchema, {})).toEqual(['metrics']);
    expect(AnomalyDetectionConfigSchema.parse(anomaly)).toEqual({
      ...anomaly,
      enabled: true,
      algorithm: 'hybrid',
      sensitivity: 'medium',
      timeWindow: 300,
      confidenceThreshold: 80,
      alertOnDetection: true,
    });
  });

  it.each([
    ['timeWindow', 60, 59],
    ['confidenceThreshold', 0, -1],
    ['confidenceThreshold', 100, 101],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(checkBound(AnomalyDetectionConfigSchema, anomaly, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it.each([
    [
      'metrics.0',
      ['cpu-usage', 'memory-usage', 'response-time', 'error-rate', 'throughput', 'latency', 'connection-count', 'queue-depth'],
    ],
    ['algorithm', ['statistical', 'machine-learning', 'heuristic', 'hybrid']],
    ['sensitivity', ['low', 'medium', 'high']],
  ])('enum %s takes exactly %o', (path, values) => {
    expect(checkEnum(AnomalyDetectionConfigSchema, anomaly, path, values)).toEqual({ refused: [], wrong: [path] });
  });

  it('exports the metric enum', () => {
    expect(AIOpsMetricSchema.options).toHaveLength(8);
  });
});

describe('SelfHealingActionSchema', () => {
  it('applies defaults', () => {
    expect(SelfHealingActionSchema.parse(action)).toEqual({
      ...action,
      maxAttempts: 3,
      cooldown: 60,
      timeout: 300,
      requireApproval: false,
      priority: 5,
    });
  });

  it.each([
    ['maxAttempts', 1, 0],
    ['cooldown', 0, -1],
    ['timeout', 1, 0],
    ['priority', 1, 0],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(checkBound(SelfHealingActionSchema, action, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it.each([
    ['type', ['restart', 'scale', 'rollback', 'clear-cache', 'adjust-config', 'execute-script', 'notify']],
    ['trigger.healthStatus.0', STATUSES],
  ])('enum %s takes exactly %o', (path, values) => {
    expect(checkEnum(SelfHealingActionSchema, action, path, values)).toEqual({ refused: [], wrong: [path] });
    expect(SelfHealingActionTypeSchema.options).toHaveLength(7);
  });

  describe('R4: the trigger needs a condition', () => {
    it.each([
      { healthStatus: ['degraded'] },
      { anomalyTypes: ['spike'] },
      { errorPatterns: ['ECONNRESET'] },
      { customCondition: 'errorRate > 0.1' },
    ])('passes with %o', (trigger) => {
      expect(accepts(SelfHealingActionSchema, { ...action, trigger })).toBe(true);
    });

    it.each([
      {},
      { healthStatus: [], anomalyTypes: [], errorPatterns: [] },
      { customCondition: '' },
      { customCondition: '   ' },
      { anomalyTypes: [''], errorPatterns: ['  '] },
    ])('fails on the trigger with %o', (trigger) => {
      const doc = { ...action, trigger };
      expect(issuePaths(SelfHealingActionSchema, doc)).toEqual(['trigger']);
      expect(messageAt(SelfHealingActionSchema, doc, 'trigger')).toBe(
        'trigger needs at least one condition: healthStatus, anomalyTypes, errorPatterns or customCondition',
      );
    });
  });
});

describe('SelfHealingConfigSchema', () => {
  it('requires actions and applies defaults', () => {
    expect(issuePaths(SelfHealingConfigSchema, {})).toEqual(['actions']);
    const parsed = SelfHealingConfigSchema.parse({ ...healing, learning: {} });
    expect(parsed).toMatchObject({ enabled: true, strategy: 'moderate', maxConcurrentHealing: 1 });
    expect(parsed.learning).toEqual({ enabled: true, feedbackLoop: true });
  });

  it('bounds maxConcurrentHealing at 1', () => {
    expect(checkBound(SelfHealingConfigSchema, healing, 'maxConcurrentHealing', 1, 0)).toEqual({
      ok: [],
      bad: ['maxConcurrentHealing'],
    });
  });

  it('takes exactly the protocol strategies', () => {
    expect(checkEnum(SelfHealingConfigSchema, healing, 'strategy', ['conservative', 'moderate', 'aggressive'])).toEqual({
      refused: [],
      wrong: ['strategy'],
    });
  });

  it('reports R4 with the action index', () => {
    expect(issuePaths(SelfHealingConfigSchema, { actions: [action, { ...action, trigger: {} }] })).toEqual([
      'actions.1.trigger',
    ]);
  });
});

describe('AutoScalingPolicySchema', () => {
  it('applies defaults', () => {
    expect(AutoScalingPolicySchema.parse({ ...policy, bounds: {}, predictive: {} })).toEqual({
      ...policy,
      enabled: false,
      bounds: { minInstances: 1, maxInstances: 10 },
      scaleUp: { threshold: 80, stabilizationWindow: 60, cooldown: 300, stepSize: 1 },
      scaleDown: { threshold: 30, stabilizationWindow: 300, cooldown: 600, stepSize: 1 },
      predictive: { enabled: false, lookAhead: 300, confidence: 80 },
    });
  });

  it('requires bounds to be given, even if empty', () => {
    expect(issuePaths(AutoScalingPolicySchema, policy)).toEqual(['bounds']);
  });

  const base = { ...policy, bounds: {} };
  it.each([
    ['bounds.minInstances', 1, 0],
    ['bounds.maxInstances', 1, 0],
    ['scaleUp.stabilizationWindow', 0, -1],
    ['scaleUp.cooldown', 0, -1],
    ['scaleUp.stepSize', 1, 0],
    ['scaleDown.stabilizationWindow', 0, -1],
    ['scaleDown.cooldown', 0, -1],
    ['scaleDown.stepSize', 1, 0],
    ['predictive.lookAhead', 60, 59],
    ['predictive.confidence', 0, -1],
    ['predictive.confidence', 100, 101],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(checkBound(AutoScalingPolicySchema, base, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it('takes exactly the protocol metrics', () => {
    const values = AutoScalingMetricSchema.options.filter((m) => m !== 'custom');
    expect(AutoScalingMetricSchema.options).toEqual([
      'cpu-usage',
      'memory-usage',
      'request-rate',
      'response-time',
      'queue-depth',
      'custom',
    ]);
    expect(checkEnum(AutoScalingPolicySchema, base, 'metric', values)).toEqual({ refused: [], wrong: ['metric'] });
    expect(accepts(AutoScalingPolicySchema, { ...base, metric: 'custom', customMetric: 'rate(jobs[5m])' })).toBe(true);
  });

  describe('R5: minInstances ≤ maxInstances', () => {
    it('passes when equal', () => {
      expect(accepts(AutoScalingPolicySchema, { ...policy, bounds: { minInstances: 4, maxInstances: 4 } })).toBe(true);
    });

    it.each([
      [{ minInstances: 5, maxInstances: 3 }],
      [{ minInstances: 11 }], // against the default maxInstances of 10
    ])('fails on bounds.minInstances for %o', (bounds) => {
      const doc = { ...policy, bounds };
      expect(issuePaths(AutoScalingPolicySchema, doc)).toEqual(['bounds.minInstances']);
      expect(messageAt(AutoScalingPolicySchema, doc, 'bounds.minInstances')).toBe(
        'minInstances must not be greater than maxInstances',
      );
    });
  });

  describe('R6: customMetric exactly when metric is custom', () => {
    it.each([undefined, '', '  '])('custom without a query (%o) fails', (customMetric) => {
      const doc = { ...base, metric: 'custom', customMetric };
      expect(issuePaths(AutoScalingPolicySchema, doc)).toEqual(['customMetric']);
      expect(messageAt(AutoScalingPolicySchema, doc, 'customMetric')).toBe('customMetric is required when metric is custom');
    });

    it('another metric with a query fails', () => {
      const doc = { ...base, customMetric: 'rate(jobs[5m])' };
      expect(issuePaths(AutoScalingPolicySchema, doc)).toEqual(['customMetric']);
      expect(messageAt(AutoScalingPolicySchema, doc, 'customMetric')).toBe(
        'customMetric is only allowed when metric is custom',
      );
    });

    it('another metric with a blank query passes, as blank counts as missing', () => {
      expect(accepts(AutoScalingPolicySchema, { ...base, customMetric: ' ' })).toBe(true);
    });
  });
});

describe('RootCauseAnalysisRequestSchema', () => {
  it('applies defaults', () => {
    expect(RootCauseAnalysisRequestSchema.parse(rcaRequest)).toEqual({
      ...rcaRequest,
      analyzeLogs: true,
      analyzeMetrics: true,
      analyzeDependencies: true,
    });
  });

  it.each([
    ['timeRange.start', '2024-05-01T12:00:00.123Z'],
    ['timeRange.end', '2024-05-01T12:00:00-05:30'],
  ])('accepts %s as %s', (path, value) => {
    expect(checkBound(RootCauseAnalysisRequestSchema, rcaRequest, path, value, '2024-05-01 12:00')).toEqual({
      ok: [],
      bad: [path],
    });
  });

  it('rejects date-times without a zone and plain dates', () => {
    expect(issuePaths(RootCauseAnalysisRequestSchema, { ...rcaRequest, timeRange: { start: '2024-05-01T12:00:00', end: '2024-05-01' } })).toEqual(
      ['timeRange.start', 'timeRange.end'],
    );
  });

  it('takes exactly the protocol severities', () => {
    expect(checkEnum(RootCauseAnalysisRequestSchema, rcaRequest, 'symptoms.0.severity', SEVERITIES)).toEqual({
      refused: [],
      wrong: ['symptoms.0.severity'],
    });
  });
});

describe('RootCauseAnalysisResultSchema', () => {
  it('accepts a full result unchanged', () => {
    expect(RootCauseAnalysisResultSchema.parse(rcaResult)).toEqual(rcaResult);
  });

  it.each([
    ['overallConfidence', 0, -1],
    ['overallConfidence', 100, 101],
    ['rootCauses.0.confidence', 100, 101],
    ['contributingFactors.0.confidence', 0, -0.5],
    ['timestamp', atOffset, 'yesterday'],
    ['rootCauses.0.evidence.0.timestamp', atOffset, '2024-13-01T00:00:00Z'],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(checkBound(RootCauseAnalysisResultSchema, rcaResult, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it.each([
    [
      'rootCauses.0.category',
      [
        'code-defect',
        'configuration',
        'resource-exhaustion',
        'dependency-failure',
        'network-issue',
        'data-corruption',
        'security-breach',
        'other',
      ],
    ],
    ['rootCauses.0.evidence.0.type', ['log', 'metric', 'trace', 'event']],
    ['rootCauses.0.impact', SEVERITIES],
    ['timeline.0.significance', ['low', 'medium', 'high']],
  ])('enum %s takes exactly %o', (path, values) => {
    expect(checkEnum(RootCauseAnalysisResultSchema, rcaResult, path, values)).toEqual({ refused: [], wrong: [path] });
  });
});

describe('PerformanceOptimizationSchema', () => {
  it.each([
    ['expectedImpact.performanceGain', 0, -1],
    ['expectedImpact.performanceGain', 100, 101],
    ['confidence', 100, 101],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(checkBound(PerformanceOptimizationSchema, optimization, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it.each([
    [
      'type',
      [
        'caching',
        'query-optimization',
        'resource-allocation',
        'code-refactoring',
        'architecture-change',
        'configuration-tuning',
      ],
    ],
    ['difficulty', ['trivial', 'easy', 'moderate', 'complex', 'very-complex']],
    ['priority', SEVERITIES],
  ])('enum %s takes exactly %o', (path, values) => {
    expect(checkEnum(PerformanceOptimizationSchema, optimization, path, values)).toEqual({ refused: [], wrong: [path] });
  });
});

describe('AIOpsAgentConfigSchema', () => {
  it('applies defaults', () => {
    expect(AIOpsAgentConfigSchema.parse(agent)).toEqual(agent);
    expect(AIOpsAgentConfigSchema.parse({ ...agent, monitoring: {}, optimization: {}, incidentResponse: {} })).toEqual({
      ...agent,
      monitoring: { enabled: true, interval: 60000 },
      optimization: { enabled: true, scanInterval: 86400, autoApply: false },
      incidentResponse: { enabled: true, autoRCA: true },
    });
  });

  it.each([
    ['monitoring.interval', 1000, 999],
    ['optimization.scanInterval', 3600, 3599],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(checkBound(AIOpsAgentConfigSchema, agent, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it('takes exactly the protocol notification channels', () => {
    const base = { ...agent, incidentResponse: { notifications: [{ channel: 'email', config: { to: 'ops@example.com' } }] } };
    const path = 'incidentResponse.notifications.0.channel';
    expect(checkEnum(AIOpsAgentConfigSchema, base, path, ['email', 'slack', 'webhook', 'sms'])).toEqual({
      refused: [],
      wrong: [path],
    });
  });

  it('reports nested rules with their full path', () => {
    const doc = {
      ...agent,
      selfHealing: { actions: [{ ...action, trigger: {} }] },
      autoScaling: [policy, { ...policy, bounds: { minInstances: 3, maxInstances: 2 } }],
    };
    expect(issuePaths(AIOpsAgentConfigSchema, doc)).toEqual([
      'selfHealing.actions.0.trigger',
      'autoScaling.0.bounds',
      'autoScaling.1.bounds.minInstances',
    ]);
  });

  it('parses idempotently', () => {
    const [once, twice] = parseTwice(AIOpsAgentConfigSchema, {
      ...agent,
      selfHealing: { ...healing, anomalyDetection: anomaly, learning: {} },
      autoScaling: [{ ...policy, bounds: {}, predictive: {} }],
      monitoring: { metrics: ['cpu-usage'] },
      optimization: {},
      incidentResponse: { notifications: [{ channel: 'slack', config: { channel: '#ops' } }] },
    });
    expect(twice).toEqual(once);
  });
});

describe('PluginHealthReportSchema', () => {
  it('accepts a minimal and a full report', () => {
    expect(PluginHealthReportSchema.parse(report)).toEqual(report);
    const full = {
      ...report,
      timestamp: atOffset,
      message: 'ok',
      metrics: { uptime: 3600, memoryUsage: 1e8, cpuUsage: 12.5, activeConnections: 4, errorRate: 0.01, responseTime: 80 },
      checks: [{ name: 'db', status: 'passed', data: { latencyMs: 3 } }],
      dependencies: [{ pluginId: 'auth', status: 'degraded', message: 'slow' }],
    };
    expect(PluginHealthReportSchema.parse(full)).toEqual(full);
  });

  it('needs a zoned timestamp', () => {
    expect(issuePaths(PluginHealthReportSchema, { ...report, timestamp: '2024-05-01T12:00:00' })).toEqual(['timestamp']);
  });

  it.each([
    ['status', STATUSES],
    ['checks.0.status', ['passed', 'failed', 'warning']],
    ['dependencies.0.status', STATUSES],
  ])('enum %s takes exactly %o', (path, values) => {
    const base = { ...report, checks: [{ name: 'db', status: 'passed' }], dependencies: [{ pluginId: 'a', status: 'healthy' }] };
    expect(checkEnum(PluginHealthReportSchema, base, path, values)).toEqual({ refused: [], wrong: [path] });
  });
});

describe('idempotent parsing of every AIOps schema', () => {
  it.each([
    ['AnomalyDetectionConfig', AnomalyDetectionConfigSchema, anomaly],
    ['SelfHealingAction', SelfHealingActionSchema, action],
    ['SelfHealingConfig', SelfHealingConfigSchema, healing],
    ['AutoScalingPolicy', AutoScalingPolicySchema, { ...policy, bounds: {} }],
    ['RootCauseAnalysisRequest', RootCauseAnalysisRequestSchema, rcaRequest],
    ['RootCauseAnalysisResult', RootCauseAnalysisResultSchema, rcaResult],
    ['PerformanceOptimization', PerformanceOptimizationSchema, optimization],
    ['PluginHealthReport', PluginHealthReportSchema, report],
  ] as const)('%s', (_name, schema, doc) => {
    const [once, twice] = parseTwice(schema, doc);
    expect(twice).toEqual(once);
  });
});
