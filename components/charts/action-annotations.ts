// Healing actions as chart annotations: approved (waiting), running, and finished with their
// outcome, coloured by status.
import type { ActionAnnotation } from '@/lib/queries/healing';
import type { TimelineAnnotation } from '@/components/charts/metric-timeline-config';

const TONE: Record<string, TimelineAnnotation['tone']> = { approved: 'accent', running: 'warning', succeeded: 'success', failed: 'danger', unknown: 'muted' };
const WORD: Record<string, string> = { approved: 'approved, waiting to run', running: 'running', succeeded: 'succeeded', failed: 'failed', unknown: 'outcome unknown' };

export function actionAnnotations(actions: ActionAnnotation[]): TimelineAnnotation[] {
  return actions.map((a) => ({
    id: a.id,
    at: a.at,
    end: a.end,
    label: a.actionType,
    tone: TONE[a.status] ?? 'muted',
    detail: `Healing: ${a.actionType} ${WORD[a.status] ?? a.status} at ${new Date(a.at).toLocaleTimeString()}${a.decidedBy ? `, approved by ${a.decidedBy}` : ''}${a.message ? ` · ${a.message}` : ''}`,
  }));
}
