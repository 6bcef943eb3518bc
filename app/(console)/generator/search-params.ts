// The open generation lives in the URL (?g=<id>), so a result can be linked and survives a
// reload; parsed the same way by the server page (to prefetch) and the client.
export interface GeneratorView {
  open: string | null;
}

export function parseGeneratorParams(params: Record<string, string | string[] | undefined> | URLSearchParams): GeneratorView {
  const raw = params instanceof URLSearchParams ? params.get('g') : params.g;
  const open = Array.isArray(raw) ? raw[0] : raw;
  return { open: open && /^[A-Za-z0-9-]{1,64}$/.test(open) ? open : null };
}

export function generatorHref(view: GeneratorView): string {
  return view.open ? `/generator?g=${encodeURIComponent(view.open)}` : '/generator';
}
