import type { Metadata } from 'next';
import { hasRole } from '@/lib/auth/roles';
import { DocumentPage } from '../document-page';
import { requireRole } from '../require-role';

export const metadata: Metadata = { title: 'Telemetry' };

export default async function TelemetryPage() {
  const user = await requireRole('viewer');
  return (
    <DocumentPage
      kind="telemetry"
      pluginId={null}
      canEdit={hasRole(user.role, 'operator')}
      title="Telemetry intake"
      description="How OpenTelemetry and Prometheus metrics become the console's metrics: which attribute names the plugin, and the rules mapping names and units (first match applies)."
    />
  );
}
