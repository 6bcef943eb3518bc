import { IncidentsSkeleton } from '@/components/incidents/incidents-skeleton';

export default function Loading() {
  return <IncidentsSkeleton />;
}
