import { AnomaliesSkeleton } from '@/components/anomalies/anomalies-skeleton';

export default function Loading() {
  return <AnomaliesSkeleton />;
}
