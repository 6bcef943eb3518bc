// The API's own request schemas for users, tokens and the audit log (not part of the protocol).
import { z } from 'zod';
import { PluginIdSchema, RoleSchema, TokenScopeSchema } from './api';
import { SaneDateTimeSchema, SerialIdSchema, storedText, uniqueList } from './primitives';

const NameSchema = storedText(100).trim().min(1, 'Enter a name');

/** The one password rule: the forms, the API, better-auth and CONSOLE_ADMIN_PASSWORD use it. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const UserCreateSchema = z.object({
  email: z.email('Enter a valid email address').max(254).describe('Sign-in email address'),
  name: NameSchema.describe('Display name'),
  role: RoleSchema.default('viewer').describe('What the user may do'),
  password: PasswordSchema.describe('Initial password'),
});
export type UserCreate = z.infer<typeof UserCreateSchema>;

export const UserUpdateSchema = z
  .object({
    name: NameSchema.optional(),
    role: RoleSchema.optional(),
    disabled: z.boolean().optional(),
    password: PasswordSchema.optional(),
  })
  .strict();
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

export const TokenCreateSchema = z.object({
  name: NameSchema.describe('What the token is for'),
  scopes: uniqueList(TokenScopeSchema, { min: 1, minMessage: 'Choose at least one scope', max: TokenScopeSchema.options.length, maxMessage: 'Name each scope once' }).describe(
    'What the token may do',
  ),
  expiresInDays: z.number().int().min(1).max(3650).optional().describe('Days until the token expires'),
  pluginIds: z
    .array(PluginIdSchema)
    .min(1, 'Name at least one plugin, or leave the field out for every plugin')
    .max(100)
    .optional()
    .describe('Plugins whose healing actions the token may claim and report; every plugin when left out'),
});
export type TokenCreate = z.infer<typeof TokenCreateSchema>;

export const AuditQuerySchema = z.object({
  actor: storedText(254).optional(),
  kind: storedText(100).optional(),
  target: storedText(300).optional(),
  from: SaneDateTimeSchema.optional(),
  to: SaneDateTimeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: SerialIdSchema.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const LoginSchema = z.object({
  email: z.email('Enter the email address of your account'),
  password: z.string().min(1, 'Enter your password'),
});
export type Login = z.infer<typeof LoginSchema>;
