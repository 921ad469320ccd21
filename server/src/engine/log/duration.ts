/**
 * Session lengths as people write them, in minutes: `60`, `60 min`, `1h`,
 * `1.5 h`, `1 h 30`, `90 minutes`, `an hour`, and a span of clock times
 * (`10:00–11:30`, `2:00 to 3:30 pm`).
 */

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const HOURS = String.raw`(?:h|hrs?|hours?)\.?`;
const MINUTES = String.raw`(?:m|mins?|minutes?)\.?`;
const HOURS_AND_MINUTES = new RegExp(String.raw`\b${NUMBER}\s*${HOURS}\s*(?:and\s+)?(\d{1,2})\s*(?:${MINUTES})?(?![\w:])`, 'i');
const HOURS_ONLY = new RegExp(String.raw`\b${NUMBER}[\s-]*${HOURS}(?![\w])`, 'i');
const MINUTES_ONLY = new RegExp(String.raw`\b(\d+)[\s-]*${MINUTES}(?![\w])`, 'i');
const WORDS: [RegExp, number][] = [
  [/\b(?:an?|one) hours? and a half\b/i, 90],
  [/\bhalf an hour\b/i, 30],
  [/\b(?:an?|one) hour\b/i, 60],
  [/\btwo hours\b/i, 120],
];
const BARE = /^\s*(\d+(?:[.,]\d+)?)\s*$/;

const CLOCK = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?`;
const SPAN = new RegExp(String.raw`\b${CLOCK}\s*(?:–|—|-|to|until|till)\s*${CLOCK}(?![\w])`, 'i');

/** A session longer than this is a misreading, not a session. */
const LONGEST = 12 * 60;

/**
 * The duration a value states, in minutes, or undefined. `bare` allows a lone
 * number (a `Duration:` field): minutes, or hours when under 10 (`1.5`).
 */
export function parseDuration(value: unknown, bare = true): number | undefined {
  if (typeof value === 'number') return fromBare(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\u00a0/g, ' ');
  let m = HOURS_AND_MINUTES.exec(text);
  if (m) return valid(num(m[1]!) * 60 + Number(m[2]));
  m = HOURS_ONLY.exec(text);
  if (m) return valid(num(m[1]!) * 60);
  m = MINUTES_ONLY.exec(text);
  if (m) return valid(Number(m[1]));
  for (const [re, minutes] of WORDS) if (re.test(text)) return minutes;
  const span = clockSpan(text);
  if (span !== undefined) return span;
  m = bare ? BARE.exec(text) : null;
  return m ? fromBare(num(m[1]!)) : undefined;
}

/** The minutes between two clock times, e.g. `10:00–11:30` or `2 to 3.30pm`. */
function clockSpan(text: string): number | undefined {
  const m = SPAN.exec(text);
  if (!m) return undefined;
  const [, h1, m1, s1, h2, m2, s2] = m;
  // Two bare numbers (`1-2`) are a range of something else, not times.
  if (m1 === undefined && m2 === undefined && !s1 && !s2) return undefined;
  const end = toMinutes(Number(h2), Number(m2 ?? 0), s2);
  let start = toMinutes(Number(h1), Number(m1 ?? 0), s1);
  // "2:00 to 3:30 pm": the suffix written once applies to both ends when that makes sense.
  if (!s1 && s2 && /p/i.test(s2) && Number(h1) < 12 && start + 12 * 60 <= end) start += 12 * 60;
  return valid(end - start);
}

function toMinutes(hour: number, minute: number, suffix: string | undefined): number {
  let h = hour;
  if (suffix && /p/i.test(suffix) && h < 12) h += 12;
  if (suffix && /a/i.test(suffix) && h === 12) h = 0;
  return h * 60 + minute;
}

function fromBare(n: number): number | undefined {
  return valid(n < 10 ? n * 60 : n);
}

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

function valid(minutes: number): number | undefined {
  return Number.isFinite(minutes) && minutes > 0 && minutes <= LONGEST ? Math.round(minutes) : undefined;
}
