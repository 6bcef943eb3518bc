import { route } from '@/lib/auth/route';

export const GET = route({ role: 'viewer' }, async ({ actor }) => ({ actor }));
