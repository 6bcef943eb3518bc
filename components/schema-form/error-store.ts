// Which validation errors the form shows, with one subscription per field path so that an
// error appearing under one field re-renders that field only. The form validates the whole
// document (after pruning hidden fields) and hands every issue to the store; a field's error is
// shown once the field is revealed (touched, or depending on a changed field) or after submit.

type Listener = () => void;

export class ErrorStore {
  private issues = new Map<string, string>();
  private revealed = new Set<string>();
  private everything = false;
  private shown = new Map<string, string>();
  private listeners = new Map<string, Set<Listener>>();
  private allListeners = new Set<Listener>();
  private version = 0;

  /** Replaces the issues of the whole document (path → message). */
  setIssues(issues: Map<string, string>): void {
    this.issues = issues;
    this.recompute();
  }

  /** Shows the errors at these paths from now on. */
  reveal(paths: Iterable<string>): void {
    let changed = false;
    for (const path of paths) {
      if (!this.revealed.has(path)) {
        this.revealed.add(path);
        changed = true;
      }
    }
    if (changed) this.recompute();
  }

  /** Shows every error (after a submit attempt). */
  revealAll(): void {
    if (this.everything) return;
    this.everything = true;
    this.recompute();
  }

  /** Forgets what was revealed and every issue (after a reset). */
  clear(): void {
    this.revealed.clear();
    this.everything = false;
    this.issues = new Map();
    this.recompute();
  }

  isRevealed(path: string): boolean {
    return this.everything || this.revealed.has(path);
  }

  /** The error shown at exactly this path. */
  get(path: string): string | undefined {
    return this.shown.get(path);
  }

  /** Every shown error in document order, as [path, message]. */
  entries(): [string, string][] {
    return [...this.shown.entries()];
  }

  /** Every issue, shown or not. */
  allIssues(): Map<string, string> {
    return this.issues;
  }

  /** Number of shown errors at or under a path. */
  countWithin(prefix: string): number {
    let n = 0;
    for (const path of this.shown.keys()) if (path === prefix || path.startsWith(`${prefix}.`)) n++;
    return n;
  }

  /** Changes whenever the set of shown errors changes. */
  getVersion(): number {
    return this.version;
  }

  subscribe(path: string, listener: Listener): () => void {
    let set = this.listeners.get(path);
    if (!set) this.listeners.set(path, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(path);
    };
  }

  subscribeAll(listener: Listener): () => void {
    this.allListeners.add(listener);
    return () => this.allListeners.delete(listener);
  }

  private recompute(): void {
    const next = new Map<string, string>();
    for (const [path, message] of this.issues) if (this.isRevealed(path)) next.set(path, message);
    const changed = new Set<string>();
    for (const [path, message] of next) if (this.shown.get(path) !== message) changed.add(path);
    for (const path of this.shown.keys()) if (!next.has(path)) changed.add(path);
    this.shown = next;
    if (changed.size === 0) return;
    this.version++;
    for (const path of changed) this.listeners.get(path)?.forEach((l) => l());
    this.allListeners.forEach((l) => l());
  }
}
