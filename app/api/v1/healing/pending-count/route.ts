import { route } from '@/lib/auth/route';
import { countPending } from '@/lib/healing/count-pending';

export const GET = route({ role: 'viewer' }, async ({ db }) => ({ pending: await countPending(db) }));
