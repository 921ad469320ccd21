import type { ParsedDocument } from '../parse/document';
import type { Identifier, IdentifierKind } from './detect';

// Keys, with "_" and "-" read as spaces: "client_dob", "patient-phone", "nhs_number".
// "resident" and "student" are left out: in a training programme they name the supervisee.
const WHOSE = /^(?:client|patient|service user|consumer|young person|tangata whaiora|complainant)s?(?:'s)?\b\s*/;
const WHAT: [RegExp, IdentifierKind][] = [
  [/^(?:dob|d\.o\.b|date of birth|birth ?date|born)$/, 'date-of-birth'],
  [/^(?:phone|mobile|cell|tel|telephone|landline|contact number)$/, 'phone'],
  [/^(?:e-?mail|email address)$/, 'email'],
  [/^(?:address|home address|postcode|post code|zip|zip code|eircode)$/, 'address'],
  [/^(?:nhs|nhs number|nhs no|chi|chi number)$/, 'nhs-number'],
  [/^(?:ssn|sin|social security number|social insurance number|national insurance number|pps|ppsn|ird number)$/, 'ssn'],
  [/^(?:medicare|medicare number|medicaid|medicaid id|mbi|insurance|insurance id|member id|ndis|ndis number|health card|ohip)$/, 'insurance-id'],
  [/^(?:mrn|record|record number|hospital number|ur|urn|ihi|nhi|case id|case number|student id|id)$/, 'record-number'],
];
const INITIALS_OR_CODE = /^(?:(?:\p{Lu}\.?\s?){1,3}|[A-Z]{0,4}[-\s]?\d{1,3}|\[.*\]|tbc|n\/a|none|-)$/iu;

/**
 * Front matter fields that hold a client's identifier: `client: Dana
 * Whitfield`, `client_dob: 1990-05-19`, `patient-phone: …`, `nhs_number: …`.
 * A value of initials, a short case code or a placeholder is left alone.
 */
export function frontMatterIds(doc: ParsedDocument): Identifier[] {
  const out: Identifier[] = [];
  for (const field of doc.frontMatter?.fields.values() ?? []) {
    if (typeof field.value !== 'string' && typeof field.value !== 'number') continue;
    const value = String(field.value).trim();
    if (!value || INITIALS_OR_CODE.test(value)) continue;
    const key = field.key.toLowerCase().replace(/[_-]+/g, ' ').trim();
    const whose = WHOSE.exec(key);
    const rest = whose ? key.slice(whose[0].length).trim() : key;
    let kind = WHAT.find(([re]) => re.test(rest))?.[1];
    if (!kind && whose && /^(?:|name|full name|names)$/.test(rest)) kind = 'full-name';
    if (!kind) continue;
    // A bare "phone:" or "address:" in front matter is the author's or the service's; only a client's counts.
    if (!whose && (kind === 'phone' || kind === 'email' || kind === 'address')) continue;
    if (!/\d/.test(value) && kind !== 'full-name' && kind !== 'address' && kind !== 'email') continue;
    out.push({ kind, start: field.valueStart, end: field.valueEnd });
  }
  return out;
}
