import { documentRoutes } from '@/lib/config-store/document-routes';

const doc = documentRoutes('telemetry');
export const GET = doc.get;
export const PUT = doc.put;
