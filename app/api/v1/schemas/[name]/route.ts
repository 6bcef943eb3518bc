import { route } from '@/lib/auth/route';
import { protocolJsonSchema } from '@/lib/protocol/list-schemas';

export const GET = route({ role: 'viewer' }, async ({ params }) => protocolJsonSchema(params.name));
