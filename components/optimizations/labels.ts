// How suggestion fields read on screen: badge tones and short labels.
import type { BadgeTone } from '@/components/ui/badge';

export const PRIORITY_TONE: Record<string, BadgeTone> = { critical: 'danger', high: 'danger', medium: 'warning', low: 'neutral' };
export const DIFFICULTY_TONE: Record<string, BadgeTone> = { trivial: 'success', easy: 'success', moderate: 'warning', complex: 'danger', 'very-complex': 'danger' };
export const TYPE_LABEL: Record<string, string> = {
  caching: 'Caching',
  'query-optimization': 'Query optimization',
  'resource-allocation': 'Resource allocation',
  'code-refactoring': 'Code refactoring',
  'architecture-change': 'Architecture change',
  'configuration-tuning': 'Configuration tuning',
};
