// A page's view lives in its URL, read the same way by its server page (to prefetch) and its
// client (to render), so every view is linkable. nuqs reads and writes the parameters (its
// loaders take the server's record and the browser's URLSearchParams alike; its serializers
// leave out what equals the default); the protocol's own Zod schemas decide what a value may be.
import { createParser } from 'nuqs/server';
import type { z } from 'zod';

/** A URL parameter that holds a value of `schema`: anything else reads as absent. */
export function zodParam<T extends string | number>(schema: z.ZodType<T, unknown>) {
  return createParser<T>({
    parse: (value) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
    serialize: (value) => String(value),
  });
}
