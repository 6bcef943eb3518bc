import { GeneratorSkeleton } from '@/components/generator/generator-skeleton';

export default function Loading() {
  return <GeneratorSkeleton />;
}
