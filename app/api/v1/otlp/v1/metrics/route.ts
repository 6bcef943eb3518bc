import { otlpRoutes } from '@/lib/telemetry/otlp/otlp-routes';

export const POST = otlpRoutes.metrics;
