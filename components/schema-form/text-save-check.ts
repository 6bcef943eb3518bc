// Saving from the JSON/YAML tab: the text on screen is what gets saved, or nothing is. A save is
// refused while the text has a syntax error, a schema error, or a block the form would drop.
import type { z } from 'zod';
import { checkDocumentText } from './text-check';
import type { TextFormat } from './text-positions';
import { pruneHidden } from './visibility';

/** Why the text cannot be saved as shown (a sentence for the user), or undefined when it can. */
export function textSaveProblem(schema: z.core.$ZodType, format: TextFormat, text: string): string | undefined {
  const name = format.toUpperCase();
  const checked = checkDocumentText(schema, format, text);
  if (checked.syntax) return `Fix the ${name} syntax error before saving.`;
  const [first] = checked.problems;
  if (first) {
    const more = checked.problems.length - 1;
    const where = first.line ? `line ${first.line}, ${first.where}` : first.where;
    return `Not saved: the ${name} has ${checked.problems.length === 1 ? 'a problem' : `${checked.problems.length} problems`} (${where}: ${first.message}${more ? `; and ${more} more` : ''}). Fix ${more ? 'them' : 'it'} first.`;
  }
  // Valid text can still hold fields the form hides (and so never saves): name them rather than drop them.
  if (JSON.stringify(pruneHidden(schema, checked.value)) !== JSON.stringify(checked.value)) {
    return `Not saved: the ${name} holds settings that do not apply with the values chosen, and they would be dropped. Remove them first.`;
  }
  return undefined;
}
