import { findIdentifiers, type IdentifierKind } from '../privacy/detect';
import type { Rule } from './rule';

const WHAT: Record<IdentifierKind, { label: string; placeholder: string }> = {
  'full-name': { label: "a client's full name", placeholder: '[client]' },
  'titled-name': { label: "a client's surname with a title", placeholder: '[client]' },
  'first-name': { label: "a client's first name", placeholder: '[client]' },
  'relative-name': { label: "the name of a client's relative or carer", placeholder: '[relative]' },
  age: { label: 'an age over 89', placeholder: '[age 90+]' },
  'school-or-employer': { label: "a client's school or employer", placeholder: '[school or employer]' },
  username: { label: "a client's username or online handle", placeholder: '[client username]' },
  'date-of-birth': { label: 'a date of birth', placeholder: '[client DOB]' },
  phone: { label: "a client's phone number", placeholder: '[client phone]' },
  email: { label: "a client's e-mail address", placeholder: '[client email]' },
  address: { label: "a client's street address", placeholder: '[client address]' },
  'record-number': { label: "a client's record or case number", placeholder: '[client record number]' },
  'nhs-number': { label: 'an NHS or CHI number', placeholder: '[client NHS number]' },
  ssn: { label: 'a social security or national insurance number', placeholder: '[client SSN]' },
  'insurance-id': { label: 'an insurance, Medicare or Medicaid number', placeholder: '[client insurance ID]' },
};

const WHERE = {
  supervision: 'Supervision notes are professional records, not client records: refer to clients by initials, a case number or a pseudonym.',
  leadership: 'An organisational document should not identify a client: describe the case without it, or refer to the client record.',
  unknown: 'Refer to clients by initials, a case number or a pseudonym; identifiers belong in the client record.',
};

export const clientIdentifier: Rule = {
  id: 'privacy/client-identifier',
  name: 'client identifiers',
  description: "A client's name, date of birth, contact details or record, NHS, social security or insurance number.",
  defaultSeverity: 'error',
  docsAnchor: 'privacy-client-identifier',
  check({ doc, kind, who }) {
    // The message says what kind of identifier it is, never the identifier itself.
    return findIdentifiers(doc, kind.kind, who).map((id) => ({
      start: id.start,
      end: id.end,
      message: `This is ${WHAT[id.kind].label}. ${WHERE[kind.kind]}`,
      data: { identifier: id.kind, placeholder: WHAT[id.kind].placeholder, ...(id.mentions && id.mentions.length > 1 ? { mentions: id.mentions } : {}) },
    }));
  },
};
