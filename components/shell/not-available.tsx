import type { LucideIcon } from 'lucide-react';
import { Construction } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export interface NotAvailableProps {
  title: string;
  description: string;
  /** What the section will do, so the operator knows what to expect. */
  planned: string;
  icon?: LucideIcon;
}

/** The honest state of a section whose feature has not been built yet: no sample data. */
export function NotAvailable({ title, description, planned, icon = Construction }: NotAvailableProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState icon={icon} title="Not available yet">
        <p>{planned}</p>
        <p className="mt-2">Nothing on this page is simulated: it stays empty until the feature ships.</p>
      </EmptyState>
    </>
  );
}
