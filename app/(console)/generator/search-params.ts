// The open generation lives in the URL (?g=<id>), so a result can be linked and survives a
// reload; parsed the same way by the server page (to prefetch) and the client.
import { createLoader, createSerializer, type LoaderInput } from 'nuqs/server';
import { z } from 'zod';
import { zodParam } from '../url-state';

export interface GeneratorView {
  open: string | null;
}

const generatorParams = { open: zodParam(z.string().regex(/^[A-Za-z0-9-]{1,64}$/)) };
const urlKeys = { open: 'g' };

export const parseGeneratorParams: (raw: LoaderInput) => GeneratorView = createLoader(generatorParams, { urlKeys });
const serializeGenerator = createSerializer(generatorParams, { urlKeys });

export const generatorHref = (view: GeneratorView): string => serializeGenerator('/generator', view);
