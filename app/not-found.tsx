import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-2 px-4 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-sm text-muted">The page or plugin you asked for does not exist.</p>
      <Link href="/" className="mt-2 text-sm text-accent hover:underline">Back to the overview</Link>
    </main>
  );
}
