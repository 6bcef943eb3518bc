// How root-cause categories read in the UI, with one colour each (theme variables).
export const CATEGORY: Record<string, { label: string; color: string }> = {
  'code-defect': { label: 'Code defect', color: 'var(--danger)' },
  configuration: { label: 'Configuration', color: 'var(--warning)' },
  'resource-exhaustion': { label: 'Resource exhaustion', color: 'var(--accent)' },
  'dependency-failure': { label: 'Dependency failure', color: '#0891b2' },
  'network-issue': { label: 'Network issue', color: '#7c3aed' },
  'data-corruption': { label: 'Data corruption', color: 'var(--danger)' },
  'security-breach': { label: 'Security breach', color: 'var(--danger)' },
  other: { label: 'No clear cause', color: 'var(--muted)' },
};

export const categoryOf = (c: string) => CATEGORY[c] ?? { label: c, color: 'var(--muted)' };

/** What operators call a cause where the protocol's category is coarser (Finding.cause in lib/aiops/rca). */
export const CAUSE_KIND: Record<string, string> = {
  deploy: 'Deploy',
  'configuration-change': 'Configuration change',
  'load-surge': 'Load surge',
  'connection-pool': 'Connections exhausted',
  certificate: 'Expired certificate',
  credentials: 'Rejected credentials',
  clock: 'Wrong clock',
  security: 'Attack or stolen access',
  'failing-check': 'Failing health check',
  'crash-loop': 'Crash loop',
};

/** The label and colour of a cause: its kind's name when it has one, in its category's colour. */
export const causeLabelOf = (category: string, kind?: string) => {
  const cat = categoryOf(category);
  return kind && CAUSE_KIND[kind] ? { label: CAUSE_KIND[kind], color: cat.color } : cat;
};
