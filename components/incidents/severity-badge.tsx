import { Badge, type BadgeTone } from '@/components/ui/badge';

export type Severity = 'low' | 'medium' | 'high' | 'critical';

const TONE: Record<Severity, BadgeTone> = { low: 'neutral', medium: 'warning', high: 'danger', critical: 'danger' };

export interface SeverityBadgeProps {
  severity: Severity;
}

/** Severity (and impact) in one colour scale; critical is filled so it stands out from high. */
export function SeverityBadge({ severity }: SeverityBadgeProps) {
  if (severity === 'critical') {
    return <span className="inline-flex items-center rounded-full border border-danger bg-danger px-2 py-0.5 text-xs font-semibold text-white dark:text-bg">critical</span>;
  }
  return <Badge tone={TONE[severity]}>{severity}</Badge>;
}
