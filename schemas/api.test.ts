import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ApiErrorSchema,
  DocumentKindSchema,
  DocumentSaveSchema,
  PluginCreateSchema,
  PluginIdSchema,
  PluginUpdateSchema,
  RoleSchema,
  TokenScopeSchema,
  toApiIssues,
} from './api';
import { accepts, checkBound, issuePaths, messageAt } from './test-utils';

describe('PluginIdSchema', () => {
  it.each(['billing', 'a', '0x', 'my-plugin_v2.1', 'corp@scope/plugin', 'a'.repeat(128)])('accepts %s', (id) => {
    expect(accepts(PluginIdSchema, id)).toBe(true);
  });

  it.each(['', 'Billing', '-billing', '@corp/plugin', 'has space', 'emoji🙂', 'a'.repeat(129)])('rejects %o', (id) => {
    expect(accepts(PluginIdSchema, id)).toBe(false);
  });

  it('explains the format and the length', () => {
    expect(PluginIdSchema.safeParse('Billing').error?.issues[0].message).toBe(
      'Plugin id must start with a lowercase letter or digit and use only lowercase letters, digits, -, _, ., @ and /',
    );
    expect(PluginIdSchema.safeParse('a'.repeat(129)).error?.issues[0].message).toBe('Plugin id must be at most 128 characters');
  });
});

describe('PluginCreateSchema and PluginUpdateSchema', () => {
  const plugin = { id: 'billing', name: 'Billing' };

  it.each([
    ['name', 'x', ''],
    ['name', 'x'.repeat(100), 'x'.repeat(101)],
    ['description', 'x'.repeat(500), 'x'.repeat(501)],
    ['id', 'billing', 'Billing'],
  ])('bound of %s', (path, ok, bad) => {
    expect(checkBound(PluginCreateSchema, plugin, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it('trims the name and refuses a blank one', () => {
    expect(PluginCreateSchema.parse({ ...plugin, name: '  Billing  ' }).name).toBe('Billing');
    expect(messageAt(PluginCreateSchema, { ...plugin, name: '   ' }, 'name')).toBe('Name is required');
  });

  it('makes every field of an update optional', () => {
    expect(PluginUpdateSchema.parse({})).toEqual({});
    expect(PluginUpdateSchema.parse({ description: '' })).toEqual({ description: '' });
    expect(issuePaths(PluginUpdateSchema, { name: '' })).toEqual(['name']);
  });
});

describe('enums', () => {
  it('have exactly the agreed values', () => {
    expect(RoleSchema.options).toEqual(['viewer', 'operator', 'approver', 'admin']);
    expect(TokenScopeSchema.options).toEqual(['metrics:write', 'health:write', 'events:write', 'actions:execute', 'read', 'metrics:read']);
    expect(DocumentKindSchema.options).toEqual(['sandbox', 'hot-reload', 'aiops', 'registry', 'metrics-source', 'telemetry']);
    expect(accepts(RoleSchema, 'root')).toBe(false);
    expect(accepts(TokenScopeSchema, 'write')).toBe(false);
    expect(accepts(DocumentKindSchema, 'codegen')).toBe(false);
  });
});

describe('DocumentSaveSchema', () => {
  const save = { baseVersion: 0, body: { enabled: true } };

  it.each([
    ['baseVersion', 0, -1],
    ['baseVersion', 7, 1.5],
    ['comment', 'x'.repeat(500), 'x'.repeat(501)],
  ])('bound of %s', (path, ok, bad) => {
    expect(checkBound(DocumentSaveSchema, save, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it('requires a body but leaves its shape to the document kind', () => {
    expect(messageAt(DocumentSaveSchema, { baseVersion: 0 }, 'body')).toBe('body is required');
    expect(accepts(DocumentSaveSchema, { baseVersion: 0, body: 'anything' })).toBe(true);
  });
});

describe('ApiErrorSchema', () => {
  it('defaults issues to an empty list', () => {
    expect(ApiErrorSchema.parse({ error: { code: 'not_found', message: 'Plugin billing not found' } })).toEqual({
      error: { code: 'not_found', message: 'Plugin billing not found', issues: [] },
    });
  });

  it('takes Zod issues with dotted paths', () => {
    const result = z.object({ upstream: z.array(z.object({ url: z.string() })) }).safeParse({ upstream: [{}] });
    const issues = toApiIssues(result.error?.issues ?? []);
    expect(issues).toEqual([{ path: 'upstream.0.url', message: expect.any(String) }]);
    expect(accepts(ApiErrorSchema, { error: { code: 'validation_failed', message: 'Invalid body', issues } })).toBe(true);
  });
});
