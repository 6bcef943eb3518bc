// Every optimization rule, in the order their suggestions are listed.
import type { Rule } from '../types';
import { resourceLimitRule } from './resource-limits';
import { cachingRule } from './caching';
import { scaleHoursRule } from './scale-hours';
import { configErrorBurstRule } from './config-error-bursts';
import { sandboxNetworkRule } from './sandbox-network';

export const RULES: Rule[] = [resourceLimitRule, cachingRule, scaleHoursRule, configErrorBurstRule, sandboxNetworkRule];
