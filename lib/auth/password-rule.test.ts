// One password rule (at least 12 characters) for the API schemas, the first admin's password
// from the environment, and better-auth itself.
import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH, UserCreateSchema, UserUpdateSchema } from '@/schemas';
import { env, resetEnvForTests } from '../env';
import { useTestDb } from '../testing/test-db';
import { getAuth } from './auth';

useTestDb();

const user = { email: 'p@test.local', name: 'P', role: 'viewer' };
const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

afterEach(() => {
  delete process.env.CONSOLE_ADMIN_PASSWORD;
  resetEnvForTests();
});

describe('passwords of at least 12 characters', () => {
  it('refuses 11 characters and accepts 12 when creating or changing a user', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(issuesOf(UserCreateSchema.safeParse({ ...user, password: 'x'.repeat(11) }))).toEqual(['password']);
    expect(UserCreateSchema.safeParse({ ...user, password: 'x'.repeat(12) }).success).toBe(true);
    expect(issuesOf(UserUpdateSchema.safeParse({ password: 'x'.repeat(11) }))).toEqual(['password']);
    expect(UserUpdateSchema.safeParse({ password: 'x'.repeat(12) }).success).toBe(true);
  });

  it('refuses a CONSOLE_ADMIN_PASSWORD of 11 characters', () => {
    process.env.CONSOLE_ADMIN_PASSWORD = 'x'.repeat(11);
    resetEnvForTests();
    expect(() => env()).toThrow(/CONSOLE_ADMIN_PASSWORD/);
    process.env.CONSOLE_ADMIN_PASSWORD = 'x'.repeat(12);
    resetEnvForTests();
    expect(env().CONSOLE_ADMIN_PASSWORD).toBe('x'.repeat(12));
  });

  it('is better-auth\'s minimum too', async () => {
    const ctx = await (await getAuth()).$context;
    expect(ctx.password.config.minPasswordLength).toBe(12);
  });
});
