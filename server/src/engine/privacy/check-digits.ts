/**
 * Check digits of the record numbers that have one. A number that passes is
 * evidence on its own; one that fails is still an identifier when it is
 * labelled (people mistype numbers, and test numbers do not always pass).
 */

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** NHS numbers (England, Wales) and CHI numbers (Scotland): ten digits, modulus 11. */
export function validNhs(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(d[9]) && check !== 10;
}

/** The Luhn check: Canadian SIN, South African ID, Australian IHI. */
export function validLuhn(s: string): boolean {
  const d = digitsOf(s);
  if (d.length < 8) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Australian Medicare card numbers: ten or eleven digits, weighted check on the first eight. */
export function validMedicareAu(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 10 && d.length !== 11) return false;
  if (!/^[2-6]/.test(d)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  const sum = w.reduce((acc, wi, i) => acc + wi * Number(d[i]), 0);
  return sum % 10 === Number(d[8]);
}

/** New Zealand NHI numbers, old (ABC1235) and new (ABC12DX) formats. */
export function validNhi(s: string): boolean {
  const v = s.toUpperCase().replace(/\s/g, '');
  if (!/^[A-HJ-NP-Z]{3}\d{2}(?:\d{2}|\d[A-HJ-NP-Z]{2}|[A-HJ-NP-Z]{2})$/.test(v) && !/^[A-HJ-NP-Z]{3}\d{4}$/.test(v)) return false;
  const value = (c: string) => (/\d/.test(c) ? Number(c) : 'ABCDEFGHJKLMNPQRSTUVWXYZ'.indexOf(c) + 1);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += value(v[i]!) * (7 - i);
  if (/^\d$/.test(v[6]!)) {
    const check = (11 - (sum % 11)) % 11;
    return check !== 10 && check === Number(v[6]);
  }
  const check = 24 - (sum % 24);
  return 'ABCDEFGHJKLMNPQRSTUVWXYZ'[check - 1] === v[6];
}

/** US Medicare Beneficiary Identifiers have a fixed shape (no check digit). */
export const MBI = /\b[1-9][AC-HJKMNP-RT-Yac-hjkmnp-rt-y][AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]\d-?[AC-HJKMNP-RT-Yac-hjkmnp-rt-y][AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]\d-?[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]{2}\d{2}\b/g;

/** South African identity numbers: thirteen digits, a date of birth (YYMMDD) first and a Luhn check digit last. */
export function validSaId(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 13) return false;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && validLuhn(d);
}
