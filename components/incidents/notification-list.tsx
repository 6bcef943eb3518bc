import type { NotificationDto } from '@/lib/queries/incidents';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { LocalTime } from '@/components/shared/local-time';

export interface NotificationListProps {
  notifications: NotificationDto[];
}

const TONE: Record<NotificationDto['status'], BadgeTone> = { pending: 'warning', sent: 'success', failed: 'danger', 'not-configured': 'neutral' };

/** Who was told about the incident, and how each delivery went. */
export function NotificationList({ notifications }: NotificationListProps) {
  if (notifications.length === 0) {
    return <p className="text-sm text-muted">No notifications: the plugin’s AIOps settings list no channels (incidentResponse.notifications).</p>;
  }
  return (
    <ul className="space-y-2 text-sm">
      {notifications.map((n) => (
        <li key={n.id} className="space-y-0.5">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{n.channel}</span>
            <Badge tone={TONE[n.status]}>{n.status}</Badge>
            <span className="truncate text-xs text-muted">{n.target}</span>
          </div>
          <p className="text-xs text-muted">
            {n.status === 'sent' && n.sentAt && (
              <>
                Sent <LocalTime value={n.sentAt} /> after {n.attempts} {n.attempts === 1 ? 'attempt' : 'attempts'}.
              </>
            )}
            {n.status === 'pending' && (
              <>
                {n.attempts} {n.attempts === 1 ? 'attempt' : 'attempts'} so far{n.nextAttemptAt && <>; next <LocalTime value={n.nextAttemptAt} /></>}.{' '}
              </>
            )}
            {n.lastError && n.status !== 'sent' && n.lastError}
          </p>
        </li>
      ))}
    </ul>
  );
}
