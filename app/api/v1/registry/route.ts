import { documentRoutes } from '@/lib/config-store/document-routes';

const doc = documentRoutes('registry');
export const GET = doc.get;
export const PUT = doc.put;
