import { getAuth } from '@/lib/auth/auth';
import { limitAuthBody } from '@/lib/auth/limit-auth-body';

// better-auth's own endpoints (sign-in, sign-out, session). Bodies over the limit are refused
// with 413 before better-auth reads them.
const handle = async (req: Request) => {
  const limited = await limitAuthBody(req);
  return limited instanceof Response ? limited : (await getAuth()).handler(limited);
};
export const GET = handle;
export const POST = handle;
