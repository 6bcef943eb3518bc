// The signed-in user of one request, looked up once: the console layout and the page's
// requireRole both need it, and React's request cache lets them share one session lookup.
import { cache } from 'react';
import { headers } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/current-user';

export const requestUser = cache(async () => getCurrentUser(await headers()));
