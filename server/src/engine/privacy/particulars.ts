import { validLuhn, validMedicareAu, validNhi, validNhs } from './check-digits';
import type { Identifier, IdentifierKind } from './detect';
import { STREET } from './patterns';

/**
 * A record's particulars strung together without labels, as a patient label,
 * a records extract or a coroner's reference line gives them:
 * "ZMK8823 · 03/09/1986 · 14B Tawa Street, Hastings 4120",
 * "24/INQ/0117 - 999 612 7734 - WPT 4418820". Alone, a number or a date says
 * little; two or more such items in one line, one of them a street address, a
 * date of birth or a number with a valid check digit, say whose they are (a
 * register's "C24-032 · 05/07/2024" or a service's "NPO 114-552 · 021 555 0190"
 * do not). Returns the items, or nothing.
 */
export function strungParticulars(text: string, isServiceDetail: (at: number) => boolean): Identifier[] {
  if (!SEPARATOR.test(text)) return [];
  const out: Identifier[] = [];
  let strong = false;
  let at = 0;
  for (const part of text.split(SEPARATOR_SPLIT)) {
    const start = at;
    at += part.length;
    if (SEPARATOR_ONLY.test(part)) continue;
    // "For the referral: 311206 5084 081": what comes before a colon is a label for the line, not an item.
    const colon = part.lastIndexOf(': ');
    const lead = colon >= 0 ? colon + 2 : 0;
    const item = part.slice(lead).replace(/[\s.,;]+$/, '');
    const from = start + lead + (item.length - item.trimStart().length);
    const found = kindOf(item.trim());
    if (!found || isServiceDetail(from)) continue;
    out.push({ kind: found.kind, start: from, end: from + item.trim().length });
    strong ||= found.strong;
  }
  return out.length >= 2 && strong ? out : [];
}

// Middle dots and bullets always separate; a dash or a semicolon only between spaces (a range "01/01–30/04" is one item).
// A table's bars do not: a table's columns say what its cells hold.
const SEPARATOR = /\s[·•–—-]\s|\s·|·\s|;\s/;
const SEPARATOR_SPLIT = /(\s*[·•]\s*|\s[–—-]\s|;\s)/;
const SEPARATOR_ONLY = /^\s*[·•–—;-]?\s*$/;

// A date of birth: a full date in a year at least seven years back (meetings, sessions and reviews are recent).
const BIRTH_DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19\d\d|200\d|201[0-9])|(?:19\d\d|200\d|201[0-9])-\d{2}-\d{2})$/;
// A record, case or health number: letters and digits, at least five digits, nothing else.
const NUMBER_ITEM = /^(?=(?:\D*\d){5})[A-Z]{0,4}[\s/-]?[\dA-Z][\dA-Z\s/-]{3,20}[\dA-Z]$/;
// A date, a financial year, a time, an amount: no one's number.
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$|^\d{1,2}[:.]\d{2}|%|\$|£|€/;
// A telephone number (the telephone rules decide whose), and an organisation's registration numbers.
const PHONE_LIKE = /^\+?\(?0\d{1,4}\)?[\s-]?\d{2,4}[\s-]?\d{3,4}$|^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$|\b555\b/;
const ORGANISATION_NUMBER = /^(?:NPO|PBO|ABN|ACN|ARBN|CRN|EIN|NZBN|RCN|VAT|GST|HST|BN|Reg|Charity|Company)\b/i;
const STREET_ITEM = new RegExp(`^${STREET.source}`, 'u');

function kindOf(item: string): { kind: IdentifierKind; strong: boolean } | undefined {
  if (STREET_ITEM.test(item)) return { kind: 'address', strong: true };
  if (BIRTH_DATE.test(item)) return { kind: 'date-of-birth', strong: true };
  if (DATE_LIKE.test(item) || ORGANISATION_NUMBER.test(item)) return undefined;
  // An NHS or CHI number is written in the groups of a telephone number; its check digit tells them apart.
  const digits = item.replace(/\D/g, '');
  // A leading zero is a trunk prefix: "012 460 7721" is dialled.
  if (/^[1-9]\d{2}[\s-]?\d{3}[\s-]?\d{4}$/.test(item) && validNhs(digits)) return { kind: 'record-number', strong: true };
  if (PHONE_LIKE.test(item)) return undefined;
  // A New Zealand health index number has four digits only, and a check letter or digit.
  if (/^[A-Z]{3}\d{4}$/.test(item)) return validNhi(item) ? { kind: 'record-number', strong: true } : undefined;
  if (!NUMBER_ITEM.test(item)) return undefined;
  const checked = validMedicareAu(digits) || (digits.length >= 9 && validLuhn(digits));
  return { kind: 'record-number', strong: checked };
}
