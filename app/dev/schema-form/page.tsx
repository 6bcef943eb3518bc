// Development preview of the schema-form engine: /dev/schema-form?schema=sandbox|hot-reload|registry|aiops
// (&readOnly=1 for the read-only form, &live=0 to hide the live document, e.g. to time keystrokes).
// Not served in production.
import { notFound } from 'next/navigation';
import { env } from '@/lib/env';
import { SchemaFormPreview } from './client';
import { isPreviewName, PREVIEW_NAMES } from './samples';

export const dynamic = 'force-dynamic';

export default async function SchemaFormDevPage({ searchParams }: { searchParams: Promise<{ schema?: string; readOnly?: string; live?: string }> }) {
  if (env().NODE_ENV === 'production') notFound();
  const { schema, readOnly, live } = await searchParams;
  const name = schema && isPreviewName(schema) ? schema : PREVIEW_NAMES[0];
  return <SchemaFormPreview name={name} readOnly={readOnly === '1'} live={live !== '0'} />;
}
