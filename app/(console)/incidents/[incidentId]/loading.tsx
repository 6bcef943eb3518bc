import { IncidentSkeleton } from '@/components/incidents/incidents-skeleton';

export default function Loading() {
  return <IncidentSkeleton />;
}
