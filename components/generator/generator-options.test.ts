import { describe, expect, it } from 'vitest';
import { CodeGenerationRequestSchema } from '@/schemas';
import { buildRequest, DEFAULT_OPTIONS, optionsFromRequest, type GeneratorOptions } from './generator-options';

describe('buildRequest', () => {
  it.each(['low-code-schema', 'source-code', 'dsl'] as const)('gives a request that passes R8 for %s, and reads back the same options', (outputFormat) => {
    const options: GeneratorOptions = { ...DEFAULT_OPTIONS, outputFormat, schemaFormat: 'yaml', includeExamples: false };
    const request = buildRequest('a CRM', options);
    expect(CodeGenerationRequestSchema.safeParse(request).success).toBe(true);
    const back = optionsFromRequest(request);
    expect(back.outputFormat).toBe(outputFormat);
    if (outputFormat !== 'dsl') expect(back.includeExamples).toBe(false);
    if (outputFormat === 'low-code-schema') expect(back.schemaFormat).toBe('yaml');
  });
});
