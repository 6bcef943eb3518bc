// How a name in a customCondition maps to a stored metric. Metric names are kebab-case
// (`error-rate`); conditions may also write them in camelCase (`errorRate`). One derived name:
// `heapUsedPercent` = memory-usage as a percentage of the plugin's sandbox memory.maxHeap.

export interface ResolvedName {
  metric: string;
  /** Set for derived names: turns the stored value into the name's value. */
  derived?: 'heap-percent';
}

export const HEAP_PERCENT_NAMES = new Set(['heapUsedPercent', 'heap-used-percent']);

export function resolveConditionName(name: string): ResolvedName {
  if (HEAP_PERCENT_NAMES.has(name)) return { metric: 'memory-usage', derived: 'heap-percent' };
  return { metric: name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase() };
}
