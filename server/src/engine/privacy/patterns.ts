/**
 * The shapes of identifiers, as regular expressions written here (never taken
 * from user configuration). Each is bounded and linear.
 */

export const EMAIL = /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b/g;

// North American, UK, Irish, Australian/NZ and international shapes, with optional extension.
export const PHONE =
  /(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{3}[\s.-]\d{3}[\s.-]\d{4}|0\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{4}[\s.-]\d{3}[\s.-]\d{3})(?:\s?(?:ext\.?|x)\s?\d{1,5})?(?![\w/-])/g;

// Dates: 03/14/1988, 14-03-1988, 1988-03-14, 14 March 1988, March 14, 1988.
const MONTHS = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
export const DATE = new RegExp(
  `\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}\\.?,?\\s+\\d{4}|${MONTHS}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`,
  'g',
);

/** An identifier's characters after its label: letters, digits, spaces and dashes, ending in a digit. */
export const ID_AFTER_LABEL = /^[\s:#.–-]*(?:is\s+|was\s+|no\.?\s*|number\s+|#\s*)?([A-Z]{0,4}[\s-]?\d[\dA-Z]*(?:[\s-]\d[\dA-Z]*){0,3})/i;

/** US social security numbers are distinctive enough to stand without a label. */
export const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;

/** NHS numbers: 3-3-4 digits. */
export const NHS = /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g;

const STREET_TYPES =
  '(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Court|Ct|Place|Pl|Way|Boulevard|Blvd|Crescent|Cres|Terrace|Tce|Close|Grove|Parade|Pde|Highway|Hwy|Circuit|Cct|Square|Sq|Row|Walk|Mews|Gardens|Gdns|Park|Heights|Rise|View|Green|Hill|Vale|Glen|Quay|Wharf)';
/** A street address: a number, one to four capitalised words and a street type, with an optional flat or unit. */
export const STREET = new RegExp(
  `\\b(?:(?:Apt|Apartment|Unit|Flat|Suite)\\s*\\d+[A-Za-z]?,?\\s+)?\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,5})?\\s+(?:[A-Z][a-z'’]+\\s+){1,4}${STREET_TYPES}\\b(?:,?\\s*(?:Apt|Apartment|Unit|Flat|#)\\.?\\s*\\d+[A-Za-z]?)?`,
  'g',
);

/** A title and a surname: "Mrs Clarke", "Mr. and Mrs. Castellano", "Ms. Oyelaran". */
const SURNAME = "[A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?";
export const TITLED_NAME = new RegExp(`\\b(?:Mr|Mrs|Ms|Mx|Miss)\\.?(?:\\s+and\\s+(?:Mr|Mrs|Ms|Mx|Miss)\\.?)?\\s+(?:[A-Z][a-z][a-z'’-]*\\s+)?(?=[A-Z](?:[a-z]{1}|['’]))${SURNAME}\\b`, 'g');
