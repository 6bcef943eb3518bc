// `datetime-local` inputs hold a wall-clock time without a zone: the reader's own. These convert
// between that text and an instant, so what an input shows is what is queried.

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant (ISO text or epoch ms) as `YYYY-MM-DDTHH:mm` in the reader's zone; '' for none. */
export function toLocalInput(value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a `datetime-local` value means in the reader's zone, as ISO text; undefined for none. */
export function fromLocalInput(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number);
  return new Date(y, mo - 1, d, h, mi).toISOString();
}
