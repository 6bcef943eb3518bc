import { route } from '@/lib/auth/route';
import { listProtocolSchemas } from '@/lib/protocol/list-schemas';

export const GET = route({ role: 'viewer' }, async () => ({ schemas: listProtocolSchemas() }));
