import { cn } from '@/components/ui/cn';

/** Status → theme colour. `unknown` (no report yet) stays grey, never green. */
const TONES: Record<string, string> = {
  healthy: 'bg-success',
  degraded: 'bg-warning',
  recovering: 'bg-accent',
  unhealthy: 'bg-danger',
  failed: 'bg-danger',
  unknown: 'bg-muted/50',
};

export interface HealthDotProps {
  status: string;
}

export function HealthDot({ status }: HealthDotProps) {
  return <span aria-hidden className={cn('inline-block h-2.5 w-2.5 shrink-0 rounded-full', TONES[status] ?? TONES.unknown)} />;
}
