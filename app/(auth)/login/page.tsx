import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeReturnPath } from '@/lib/auth/return-path';
import { LoginForm } from './client';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  // Only paths on this console: never on to another origin after sign-in.
  const safeNext = safeReturnPath((await searchParams).next);
  if (await getCurrentUser(await headers())) redirect(safeNext);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center text-center">
          <div className="mb-4 flex h-11 w-11 items-center justify-center rounded-xl bg-accent text-lg font-bold text-accent-fg shadow">
            OS
          </div>
          <h1 className="text-xl font-semibold tracking-tight">ObjectStack Console</h1>
          <p className="mt-1 text-sm text-muted">Sign in to operate your plugin platform</p>
        </div>
        <LoginForm next={safeNext} />
      </div>
    </main>
  );
}
