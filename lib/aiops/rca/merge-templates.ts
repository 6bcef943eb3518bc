// Second pass of log grouping, after the masks of log-templates.ts: templates of the same length
// that differ in one or two words merge into one, the words replaced by <*> (the idea of
// Drain, He et al. 2017, "Drain: An Online Log Parsing Approach with Fixed Depth Tree"). The
// masks cannot know every variable a message carries ("convertPrice USD → EUR" and
// "convertPrice GBP → EUR"): without this, one failure written with seven currencies counts as
// seven rare patterns instead of one frequent one. Written here: the published parsers are
// Python (drain3) or unmaintained in JavaScript, and this is the part needed.
//
// A differing word is merged only when neither side carries a failure word (so "connection
// refused" and "connection reset" stay apart) and at least 3 of 4 words match.

const KEEP_APART = /error|fail|refused|reset|timeout|timed|denied|invalid|exceed|expired|unreachable|\bfull\b|exhaust|reject|abort|crash|killed|corrupt|\bnot?\b|cannot|unable/i;
const MAX_DIFFERENT = 2;
const MIN_SHARED = 0.75;

export interface TemplateGroup {
  words: string[];
  /** The merged template: read it once every line is grouped (it widens as templates join). */
  template: string;
}

/** Merges templates as they arrive; `groupOf(template)` is the group it joins (the same object for all its templates). */
export class TemplateMerger {
  private readonly byLength = new Map<number, TemplateGroup[]>();
  private readonly seen = new Map<string, TemplateGroup>();

  groupOf(template: string): TemplateGroup {
    const known = this.seen.get(template);
    if (known) return known;
    const words = template.split(' ');
    const groups = this.byLength.get(words.length) ?? [];
    this.byLength.set(words.length, groups);
    let group = groups.find((g) => mergeable(g.words, words));
    if (group) {
      group.words = group.words.map((w, i) => (w === words[i] ? w : '<*>'));
      group.template = group.words.join(' ');
    } else {
      group = { words, template };
      groups.push(group);
    }
    this.seen.set(template, group);
    return group;
  }
}

function mergeable(a: string[], b: string[]): boolean {
  if (a.length < 4) return false;
  let different = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i] || a[i] === '<*>') continue;
    if (++different > MAX_DIFFERENT || KEEP_APART.test(a[i]) || KEEP_APART.test(b[i])) return false;
  }
  return (a.length - different) / a.length >= MIN_SHARED;
}
