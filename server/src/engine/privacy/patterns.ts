import { STREET_TYPES } from '../text/street-types';

/**
 * The shapes of identifiers, as regular expressions written here (never taken
 * from user configuration). Each is bounded and linear.
 */

export const EMAIL = /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b/g;

// North American, UK, Irish, Australian/NZ and international shapes, with optional extension.
export const PHONE =
  /(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{3}[\s.-]\d{3}[\s.-]\d{4}|0\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{4}[\s.-]\d{3}[\s.-]\d{3})(?:\s?(?:ext\.?|x)\s?\d{1,5})?(?![\w/-])/g;

// Dates: 03/14/1988, 14-03-1988, 1988-03-14, 1961/04/02, 17-Sep-1979, 14 March 1988, March 14, 1988.
const MONTHS = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
export const DATE = new RegExp(
  `\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}[/-]${MONTHS}[/-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}\\.?,?\\s+\\d{4}|${MONTHS}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`,
  'g',
);

/** An identifier's characters after its label: letters, digits, spaces and dashes, ending in a digit. */
// Parts may be joined by slashes, as court, police and offender-management references are ("GLA/2025/00417"), but a date is not one.
// "His AHCIP number (48213-7765)": the number may stand in brackets after its label.
export const ID_AFTER_LABEL = /^[\s:#.–|(-]*(?:is\s+|was\s+|no\.?\s*|number\s+|#\s*)?(?!\d{1,2}\/\d{1,2}\/\d{2,4}\b)([A-Z]{0,4}[\s/-]?\d[\dA-Z]*(?:[\s/-](?:\d[\dA-Z]*|[A-Z]{1,3}\d[\dA-Z]*)){0,3})/i;

/** US social security numbers are distinctive enough to stand without a label. */
export const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;

/** NHS numbers: 3-3-4 digits. */
export const NHS = /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g;

/** A street address: a number, one to four capitalised words and a street type, with an optional flat or unit. */
export const STREET = new RegExp(
  `\\b(?:(?:Apt|Apartment|Unit|Flat|Suite)\\s*\\d+[A-Za-z]?,?\\s+)?\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,5})?\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}[\\p{Ll}\\p{M}'’]+\\s+){1,4}${STREET_TYPES}\\b(?:,?\\s*(?:Apt|Apartment|Unit|Flat|#)\\.?\\s*\\d+[A-Za-z]?)?`,
  'gu',
);

/** A title and a surname: "Mrs Clarke", "Mr. and Mrs. Castellano", "Ms. Oyelaran". */
const SURNAME = "[A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?";
export const TITLED_NAME = new RegExp(`\\b(?:Mr|Mrs|Ms|Mx|Miss)\\.?(?:\\s+and\\s+(?:Mr|Mrs|Ms|Mx|Miss)\\.?)?\\s+(?:[A-Z][a-z][a-z'’-]*\\s+)?(?=[A-Z](?:[a-z]{1}|['’]))${SURNAME}\\b`, 'g');

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
/**
 * Postcodes in the formats of the regions writers here use, each with enough
 * shape not to be a count: a US state and ZIP, a UK postcode, an Irish
 * Eircode, a Canadian postal code, an Australian state and postcode, or a
 * town followed by a four-digit code after a comma (NZ, ZA).
 */
export const POSTCODE = new RegExp(
  [
    `\\b(?:${US_STATES})\\s+\\d{5}(?:-\\d{4})?\\b`,
    '\\b(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPSTUW\\d]?)\\s+\\d[ABD-HJLNP-UW-Z]{2}\\b',
    '\\b[AC-FHKNPRTV-Y]\\d{2}\\s?(?=[A-Z0-9]{4}\\b)(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[AC-FHKNPRTV-Y0-9]{4}\\b',
    '\\b[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]\\s?\\d[ABCEGHJ-NPRSTV-Z]\\d\\b',
    '\\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT|Vic|Qld|Tas)\\s+\\d{4}\\b',
    ',\\s*(?:[A-Z][a-z]+\\s){1,2}\\d{4}\\b',
  ].join('|'),
  'g',
);

/** A label that introduces an address: "Address on file:", "lives at", "home address is". */
export const ADDRESS_LABEL = /\b(?:(?:home |postal |current |residential |correspondence |mailing |forwarding |new |client |client's |patient's )?address(?:\s*\/\s*(?:eircode|postcode|post code|zip(?: code)?))?(?: on (?:file|record)\s+(?=\d)| (?:in|on) (?:the )?(?:file|record|system|chart)\b[^.;:()\d]{0,30}\(| on [\w -]{1,32}?\s*[:：]| for (?:the |her |his |their )?[\w ]{1,16}?\s*[:：]| at (?:the )?(?:time of |date of )?[\w ]{1,20}?\s*[:：]| (?:confirmed|recorded|updated|changed|given|listed|noted) (?:as|to)| is| was|\s*[:：|-]|,\s*(?=\d{1,5}[A-Za-z]?,?\s+[A-Z]))|lives at|living at|moved to|staying at|resides at|residing at|P\.?O\.? Box|(?:got|confirmed|took|taken|gave|given|obtained|verified|read back)\s+(?:the|her|his|their)\s+address(?:\s+as\b|\s*\(|\s*[:：]))\s*/gi;

/** An age over 89: "aged 93", "a 94-year-old", "96 years old". Ages over 89 are identifiers under HIPAA Safe Harbor. */
export const OLD_AGE = /\b(?:aged\s+|age\s+|turned\s+|turns\s+|who is\s+|who was\s+|is now\s+)(?:9\d|1[01]\d)\b(?!\s*(?:\+|and (?:over|above|older)|or (?:over|above|older)))|\b(?:9\d|1[01]\d)(?:[-\s]years?[-\s]old|\s?y\/?o|\s?y\.\s?o|\s?yrs?(?: old|(?=\s*[,;)]))|(?:st|nd|rd|th)\s+birthday)\b|\b(?:client|patient|resident|man|woman|widow|widower|lady|gentleman|consumer|mother|father|grandmother|grandfather|gran|granny|nan|nana|grandad|granddad|husband|wife|aunt|uncle|Mr|Mrs|Ms|Miss)\.?\s*(?:\p{L}\.\s*){0,2}[,(]\s*(?:9\d|1[01]\d)\b(?![\d.:%])|\b(?:someone|somebody|a man|a woman|a client|a patient|a resident|a person|a lady|a gentleman|a widow|a widower)\s+of\s+(?:9\d|1[01]\d)\b(?!\.\d|[\d:%]|\s*(?:%|per|beds|staff|clients|people|sessions|minutes|hours|days|weeks|months))/giu;
// "Rose was 91 when she died", "She is 94, and lives alone": a person's age stated as what they are; a rate or a score
// is written with its unit ("Attendance was 94%"). "The oldest patient restrained last year was 93": the oldest of a group is one person.
export const OLD_AGE_STATED = /\b(?:[Ss]he|[Hh]e|\p{Lu}[\p{Ll}'’-]+|(?:oldest|eldest)\s+(?:patient|client|resident|inpatient|service user|consumer|person|man|woman)\b[^.;\d\n]{0,40}?)\s+(?:is|was|turned|turns)\s+(?:now\s+)?(?:9\d|1[01]\d)(?![\d.:%])\b(?=\s+(?:when|and|at|in|on|with|but|so|now|this|last|next)\b|\s*[,;)]|\.(?:\s|$)|\s*$)/gu;

/** A school, college or employer named with a client: "attends Hillcrest High School", "works at Bunnings". */
const SCHOOL_WORDS = 'High School|Primary School|Public School|TAFE|NS|National School|State School|Secondary School|Grammar School|Middle School|Elementary(?: School)?|School|College|Academy|High|Primary|Secondary|Kura|Kindergarten|Kindy|Preschool|Gaelscoil|Gymnasium';
// "Te Kōhanga Reo o Hinetāwhiri", "Ysgol Gymraeg Bro Morgannwg", "Gaelscoil Uí Riada": in te reo Māori, Welsh, Irish and
// French the word for the school comes first and its name after.
const SCHOOL_FIRST = 'Kōhanga Reo|Kohanga Reo|Kura Kaupapa Māori|Kura Kaupapa Maori|Wharekura|Gaelscoil|Scoil|Ysgol|École|Ecole';
export const SCHOOL = new RegExp(`\\b(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,4}(?:${SCHOOL_WORDS})\\b|(?<![\\p{L}\\p{M}])(?:Te\\s+)?(?:${SCHOOL_FIRST})(?:\\s+(?:o|na|de|du|des)\\b)?(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){1,3}`, 'gu');
/** Whether a text has a school's word after a space at all: most sentences have none, and this test is far cheaper than SCHOOL. */
export const SCHOOL_WORD = new RegExp(`\\s(?:${SCHOOL_WORDS}|(?:Te\\s+)?(?:${SCHOOL_FIRST}))(?![\\p{L}\\p{M}])`, 'u');
/** A business by its trade word: "Eastfield Dental", "Grogan's Bakery", "the Top Shop café", "Ryan's Pharmacy". */
const TRADE_WORDS = 'Dental|Pharmacy|Chemist|Café|Cafe|café|cafe|Bakery|Butchers?|Supermarket|Hotel|Pub|Bar|Garage|Motors|Builders|Depot|Refinery|Telecom|Store|Stores|Shop|Salon|Barbers?|Takeaway|Chippy|Diner|Restaurant|Farm|Mill|Factory|Warehouse|Logistics|Ltd|Limited|Inc|LLC|Plc';
export const BUSINESS = new RegExp(`\\b(?:\\p{Lu}[\\p{L}'’&-]+\\s+){1,3}(?:${TRADE_WORDS})(?![\\p{L}\\p{M}])`, 'gu');
/** Whether a text has a trade word after a space at all (see SCHOOL_WORD). */
export const TRADE_WORD = new RegExp(`\\s(?:${TRADE_WORDS})(?![\\p{L}\\p{M}])`, 'u');
// "works nights stocking shelves at Dollar Barn", "works Sat in the Spar", "works as a driver with Musgrave Marketplace".
export const EMPLOYER = /\b(?:works (?:at|for)|works(?: [\w-]+){1,4}? (?:at|for|in the)|works as (?:an? )?(?:[a-z-]+ ){1,3}(?:at|for|with)|working (?:at|for)|working (?:on|in|behind) (?:the )?[a-z]+(?: [a-z]+)? at|employed (?:at|by)|employed as (?:an? )?(?:[a-z-]+ ){1,3}(?:at|for|with|by)|job at|shifts at|apprenticeship (?:at|with)|employer(?: is|,|\s*[:|])?)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’&-]*\s?){1,4})/gu;

/** "000000000", "1234567890", "000 000 0001": a placeholder in a form or an example, not anyone's number. */
export function placeholderNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 4 && value.replace(/[\d\s-]/g, '').length === 0 && (/^(\d)\1+$/.test(digits) || /^0{5,}\d{1,3}$/.test(digits) || '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits));
}
