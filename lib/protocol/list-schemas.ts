// The protocol schemas as the API serves them: a list, and each one as JSON Schema generated
// from its Zod definition (never written by hand).
import { isProtocolSchemaName, protocolSchemaNames, protocolSchemas, toJsonSchema } from '@/schemas';
import { notFound } from '../errors';

export function listProtocolSchemas() {
  return protocolSchemaNames.map((name) => ({
    name,
    description: protocolSchemas[name].description ?? null,
    href: `/api/v1/schemas/${name}`,
  }));
}

export function protocolJsonSchema(name: string) {
  if (!isProtocolSchemaName(name)) throw notFound(`Schema ${name}`);
  return { $id: `/api/v1/schemas/${name}`, title: name, ...toJsonSchema(name) };
}
