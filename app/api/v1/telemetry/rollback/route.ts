import { documentRoutes } from '@/lib/config-store/document-routes';

export const POST = documentRoutes('telemetry').rollback;
