import { HealingSkeleton } from '@/components/healing/healing-skeleton';

export default function Loading() {
  return <HealingSkeleton />;
}
