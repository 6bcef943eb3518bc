import { ShieldX } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';

export default function Forbidden() {
  return (
    <EmptyState icon={ShieldX} title="You do not have access to this page">
      Ask an administrator for a role that includes it.
    </EmptyState>
  );
}
