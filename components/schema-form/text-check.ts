// Checking document text (the JSON/YAML tabs, and the JSON editor of subtrees the walker
// cannot render): parse, validate against the schema, and say what is wrong on which line.
import { z } from 'zod';
import { infoAt, introspect, labelTrail, type SchemaInfo } from './introspect';
import { getAt } from './paths';
import { humanizeIssue, issuePath, issuesToMessages } from './messages';
import { parseJsonText, parseText, type TextFormat } from './text-positions';

export interface TextProblem {
  line?: number;
  where: string;
  message: string;
}

/**
 * Parses and validates document text: the document as written (`value`) when it parses, the
 * schema's output (`data`, defaults filled in) when it is valid, and every problem with its line.
 */
export function checkDocumentText(
  schema: z.core.$ZodType,
  format: TextFormat,
  text: string,
): { value?: unknown; data?: unknown; problems: TextProblem[]; syntax: boolean } {
  const parsed = parseText(format, text);
  if (parsed.syntaxError) {
    const { line, column, message } = parsed.syntaxError;
    return { syntax: true, problems: [{ line, where: `column ${column}`, message }] };
  }
  const result = z.safeParse(schema, parsed.value);
  if (result.success) return { value: parsed.value, data: result.data, problems: [], syntax: false };
  const root = introspect(schema);
  const messages = issuesToMessages(schema, result.error.issues, parsed.value);
  const byIssue = result.error.issues.map(issuePath);
  const problems = [...messages].map(([path, message]) => ({
    line: parsed.positionOf(byIssue.find((p) => p === path || p.startsWith(`${path}.`)) ?? path)?.line,
    where: path === '' ? 'document' : labelTrail(root, path).join(' › '),
    message,
  }));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { value: parsed.value, problems, syntax: false };
}

/** Checks JSON text against a subtree schema: the parsed value, or a message for people. */
export function checkJsonText(text: string, info: SchemaInfo): { value?: unknown; empty?: boolean; error?: string } {
  if (text.trim() === '') return { empty: true };
  const parsed = parseJsonText(text);
  if (parsed.syntaxError) {
    const { line, column, message } = parsed.syntaxError;
    return { error: `Line ${line}, column ${column}: ${message}` };
  }
  const result = z.safeParse(info.wrapped, parsed.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issuePath(issue);
    const line = parsed.positionOf(where)?.line;
    return {
      value: parsed.value,
      error: `${line ? `Line ${line}: ` : ''}${where ? `${where}: ` : ''}${humanizeIssue(issue, { info: infoAt(info, where), value: getAt(parsed.value, where) })}`,
    };
  }
  return { value: parsed.value };
}

