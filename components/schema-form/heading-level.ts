// Section headings nest with the document: a top-level section is an h2 under the page's h1,
// each object inside it one level deeper (list indices add none), never past h6.
import { splitPath } from './paths';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function headingLevel(path: string): HeadingLevel {
  const depth = splitPath(path).filter((s) => typeof s === 'string').length;
  return Math.min(6, Math.max(2, depth + 1)) as HeadingLevel;
}
