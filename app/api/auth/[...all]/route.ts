import { getAuth } from '@/lib/auth/auth';

// better-auth's own endpoints (sign-in, sign-out, session).
const handle = async (req: Request) => (await getAuth()).handler(req);
export const GET = handle;
export const POST = handle;
