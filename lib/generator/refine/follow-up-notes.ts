/*
 * refine() reports what a follow-up changed (or could not) as warnings of the result, each
 * starting "Follow-up: ". The history reads them back as the refinement's changes, and the
 * page lists them apart from the generator's other warnings.
 */
const PREFIX = 'Follow-up: ';

export function followUpNote(text: string): string {
  return `${PREFIX}${text}`;
}

export function isFollowUpNote(warning: string): boolean {
  return warning.startsWith(PREFIX);
}

/** The notes' texts, without the prefix. */
export function followUpChanges(warnings: string[]): string[] {
  return warnings.filter(isFollowUpNote).map((w) => w.slice(PREFIX.length));
}
