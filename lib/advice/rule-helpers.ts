// Small building blocks that keep the rule tables declarative: a rule on one field, a rule on
// each item of a list, and the host tests several rules share.

/** Fires at `path` when `test` holds. */
export function field<D>(path: string, test: (doc: D) => boolean): (doc: D) => string[] {
  return (doc) => (test(doc) ? [path] : []);
}

/** Fires at `<list>.<i>.<suffix>` for each item of the list for which `test` holds. */
export function eachItem<D, T>(
  list: string,
  items: (doc: D) => readonly T[] | undefined,
  suffix: string,
  test: (item: T, doc: D) => boolean,
): (doc: D) => string[] {
  return (doc) =>
    (items(doc) ?? []).flatMap((item, i) => (test(item, doc) ? [[list, i, suffix].filter((s) => s !== '').join('.')] : []));
}

/** True for hosts on this machine, where plain-text traffic never crosses a network. */
export function isLoopback(url: string): boolean {
  const host = hostOf(url);
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host ?? '');
}

/** The host of a URL; an endpoint written without a scheme ("cache:6379") is read as one. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `tcp://${url}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1].toLowerCase();
}

export const isEmpty = (list: readonly unknown[] | undefined) => !list || list.length === 0;
