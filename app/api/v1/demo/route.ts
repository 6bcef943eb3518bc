import { route } from '@/lib/auth/route';
import { demoEnabled } from '@/lib/env';
import { demoStatus } from '@/lib/demo/live-demo';

export const GET = route({ role: 'viewer' }, async () => ({ enabled: demoEnabled(), ...demoStatus() }));
