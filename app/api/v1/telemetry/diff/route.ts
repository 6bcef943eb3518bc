import { documentRoutes } from '@/lib/config-store/document-routes';

export const GET = documentRoutes('telemetry').diff;
