import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** The regions whose writers use this product, in the order their local formats are tried. */
const REGIONS: CountryCode[] = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ZA'];

// Shapes that may be a phone number: international, bracketed area codes, and grouped local numbers.
// The candidates are checked with libphonenumber-js, so the pattern can be generous but stays linear.
const CANDIDATE =
  /(?<![\w/.:-])(?:\+\d{1,3}[\s.-]?(?:\(0?\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}|\(\d{2,5}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{3}[\s.-]\d{3}[\s.-]\d{4}|0\d{1,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{4}[\s.-]\d{3}[\s.-]\d{3})(?:\s?(?:ext\.?|x)\s?\d{1,5})?(?![\w/-]|[.:]\d)/g;

export interface PhoneMatch {
  start: number;
  end: number;
}

// "her new number", "contact no.": words before "number" that say it is one to call.
const CALLING_NUMBER = /\b(?:phone|mobile|cell|cellphone|contact|new|her|his|their|my|your|callback|call-back|home|landline|tel\.?|telephone|whatsapp|text)\s+(?:no\.?|number|#)\s*[:.]?\s*$/i;

/** Phone numbers in a sentence that are possible numbers in one of the regions above. */
export function findPhones(text: string): PhoneMatch[] {
  if (!/\d{3}/.test(text)) return [];
  const out: PhoneMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const number = m[0].replace(/\s?(?:ext\.?|x)\s?\d{1,5}$/, '');
    // "membership no. 00381266", "Reg. 18-4421": a labelled number that is not a phone.
    // "her new number 0491 570 118", "contact no. 021 555 0192": a number that says it is one to call is a phone.
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    if (/(?:\bno\.?|number|#|\bID|\breg(?:istration)?\.?|\bref\.?|licen[cs]e|\bcode)\s*[:.]?\s*$/i.test(lead.slice(-20)) && !CALLING_NUMBER.test(lead)) continue;
    if (!/[\s.()-]/.test(number.replace(/^\+/, '')) && digitsOf(number) < 10) continue;
    const digits = number.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) continue;
    // "2024-2025", "1998-2004": a range of years, not a number.
    if (/^(?:19|20)\d\d[\s.-]+(?:19|20)\d\d$/.test(number)) continue;
    if (/^\d{4}[\s.-]\d{3}[\s.-]\d{3}$/.test(number) && !/^(?:0|1[38]00)/.test(number)) continue;
    // Freephone and shared-cost numbers (0800, 1800, 1300, 13, 1-800…) belong to services, never to a client.
    if (/^(?:\+?\d{1,3}[\s.-]?)?(?:0800|0808|0860|0861|1800|1300|1850|1890|13\d{2}|1[\s.-]?8(?:00|88|77|66|55|44|33)|\(?8(?:00|88|77|66|55|44|33)\)?)[\s.-]/.test(number)) continue;
    if (possible(number)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const digitsOf = (s: string) => s.replace(/\D/g, '').length;

function possible(number: string): boolean {
  if (number.startsWith('+')) return parsePhoneNumberFromString(number)?.isPossible() ?? false;
  return REGIONS.some((region) => parsePhoneNumberFromString(number, region)?.isPossible());
}
