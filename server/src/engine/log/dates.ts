/** Calendar dates as people write them, read to `YYYY-MM-DD`. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\s*,?\s+(\d{4})\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b`, 'i');
// Day first, as services in the UK, Ireland, Australia and New Zealand write it.
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const IN_FILE_NAME = /(?:^|[^\d])(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/;

/** The first date a value states, or undefined. YAML may already have made it a Date. */
export function parseDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  let m = ISO.exec(value);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = DAY_MONTH_YEAR.exec(value);
  if (m) return ymd(+m[3]!, month(m[2]!), +m[1]!);
  m = MONTH_DAY_YEAR.exec(value);
  if (m) return ymd(+m[3]!, month(m[1]!), +m[2]!);
  m = NUMERIC.exec(value);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  return undefined;
}

/** The date in a file name such as `session-2025-03-12.md` or `20250312-notes.md`. */
export function dateFromFileName(fileName: string | undefined): string | undefined {
  const base = fileName?.split(/[\\/]/).pop();
  const m = base ? IN_FILE_NAME.exec(base) : null;
  return m ? ymd(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function ymd(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
