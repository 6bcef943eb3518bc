// Whether a metric name matches a rule's pattern, where `*` stands for any run of characters.
// Greedy wildcard matching with one backtrack point: O(name × pattern) at worst, no regex.

export function matchName(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1; // position in the pattern just after the last `*`
  let resume = 0; // where in the name that `*` currently stops
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = ++p;
      resume = n;
    } else if (p < pattern.length && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
