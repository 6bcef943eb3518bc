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
