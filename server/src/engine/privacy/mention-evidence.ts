import data from '../../../generated/lexicon.json';
import { PhraseMatcher } from '../lexicon/matcher';
import { tokenize, tokensOf } from '../lexicon/tokenize';
import { undictated } from '../text/dictation';
import { CASE_FILE_AFTER, findPeople, PREFERRED_NAME, recaseNames, type PersonMention } from '../nlp/people';
import { alternationOf } from '../text/alternation';
import { STREET_TYPES } from '../text/street-types';
import { insideQuotes } from '../text/quotes';
import { remember } from '../cache-limit';
import { type Unit } from '../parse/units';
import { NAME_WORD } from './table-columns';

/**
 * What one sentence says about each person it names: the evidence that a
 * mention is a client's, a relative's or a member of staff's (labels, ages,
 * relations, roles, credentials, roster lines, clinical verbs). Read from the
 * sentence alone and cached by its text; who-is-who.ts weighs the evidence of
 * all a person's mentions across the document.
 */

const privacy = data.privacy as unknown as Record<string, string[]>;
const names = data.names as unknown as Record<string, string[]>;
const matcherOf = (list: string[]) => new PhraseMatcher(list.map((phrase) => ({ phrase, info: phrase })));
export const COMMON = new Set([...names.common!, ...names['not-names']!]);
export const FIRST_NAMES = new Set(names.first);
// Authors of the models a note cites, by their first and last words ("bessel … kolk"), and the surnames that name them alone.
// "Jane Doe", "Joe Bloggs": a name forms and training materials use for no one.
const PLACEHOLDER = new RegExp(`^(?:${alternationOf(names['placeholder-names']!)})$`, 'i');
const THEORISTS = names.theorists!.map((n) => n.split(' ')).map((w) => [w[0]!, w[w.length - 1]!] as const);
const THEORIST_SURNAMES = new Set(names['theorist-surnames']);
export const CASE_HEADING = new RegExp(`\\b(?:${alternationOf(privacy['case-headings']!)})\\b`, 'i');

export const clientNouns = matcherOf(privacy['client-nouns']!);
const staffRoles = matcherOf(privacy['staff-roles']!);
const pseudonymMarkers = matcherOf(privacy['pseudonym-markers']!);
const CREDENTIALS = new Set(privacy.credentials!.map((c) => c.toLowerCase()));
export const CLIENT_FIELDS = new Set(privacy['front-matter-client-keys']!.map((k) => k.toLowerCase()));

const labelPattern = (list: string[]) => new RegExp(`(?:^|[|>•*\\n]|\\d[.)])[\\s*_]*(?:${alternationOf(list)})(?:\\s*\\d{1,2})?[\\s*_]*[:：–-][\\s*_]*$`, 'i');
const CLIENT_LABEL = labelPattern(privacy['client-labels']!);
// Lines that introduce staff: "Supervisor: …", "Present: …", "Signed: …", "supervisee – Nia Roberts (Band 6 CPN)".
// "From our cards and letters:" is not a message's "From:": a label is not followed by whose it is.
// A label may follow a word that says which staff ("Clinical Fellows:", "Members present:", "Senior nurse:"), except
// labels that name whoever a letter is from or to, or a client ("Care home resident:"); "Also present:" may list family.
const QUALIFIED_LABELS = privacy['staff-line-labels']!.filter((l) => !/^(?:from|to|cc|signed|signature|minutes|team|owner|author|resident|student|date and signature)$/.test(l));
const STAFF_QUALIFIER = '(?:clinical|members?|staff|team|panel|committee|board|group|core|visiting|senior|junior|assistant|associate|provisional|registered|trainee|peers?|deputy|acting|locum|agency|bank|link|supervising|reviewing|consultant|specialist|medical|nursing|psychology|therapy|MDT)';
// "To:", "From:", "Cc:" head a message; "To avoid confusion:", "To discuss:" and "From the file:" do not.
const STAFF_LINE = new RegExp(
  `^[\\s>*_|-]*(?!(?:from|to|cc)\\s+\\p{L})(?:(?:${alternationOf(privacy['staff-line-labels']!)})|(?:${STAFF_QUALIFIER}\\s+){1,2}(?:${alternationOf(QUALIFIED_LABELS)}))s?\\b(?!['’]s\\s+(?!(?:full\\s+)?name|signature|details|contact)\\p{L})(?![^:\\n]{0,30}\\b(?:our|my|your|their)\\b)[^:\\n]{0,30}[:：]|^[\\s>*_|-]*(?:${alternationOf(privacy['staff-line-labels']!)})s?\\s+[–—-]\\s+(?=\\p{Lu})`,
  'iu',
);
// "Supervisee's name:" lists the supervisee; "Supervisee's question: Gary has asked …" is about someone else.
// A heading that is only a roster label ("Attendees", "Present", "Staff"), over a list of names.
const STAFF_HEADING = new RegExp(`^(?:${alternationOf(privacy['staff-line-labels']!)})s?\\s*:?\\s*$`, 'i');
// "Mr Daniel Okonkwo, a bus operator at the Malvern garage, had attended his sessions": an apposition may stand between.
// "Chloe admitted she feels useless" confesses; "Chloe admitted to Ward 3" is a client's.
const CLIENT_VERB = new RegExp(`^(?:['’]s)?\\s*(?:\\([^)]{0,30}\\)\\s*)?(?:,\\s*(?:a|an)\\s+[^,.;()]{1,50},)?,?\\s*(?:who\\s+)?(?:(?:has|had|also|then|again|recently|later|first|now|finally|eventually|just)\\s+)?(?:${alternationOf(privacy['client-verbs']!)})\\b(?<!admitted(?=\\s+(?:that|she|he|they|it|I|feeling|being|having|to (?:feeling|being|having|not|finding|struggling))\\b))`, 'i');
// "G-14: Marcus Tipoki – self-discharged 6/4": a log line's event after the name and a dash.
const CLIENT_EVENT_AFTER_DASH = new RegExp(`^\\s+[–—-]\\s+(?:${alternationOf(privacy['client-events-after-dash']!)})\\b`, 'i');
const CLIENT_PLACE = new RegExp(`^['’]s\\s+(?:(?:new|old|former|current|own|previous|step|foster|birth|biological|primary|older|younger|little|big|eldest|youngest)\\s+)?(?:${alternationOf([...privacy['client-places']!, ...privacy['client-relations']!])})\\b(?!\\s+(?:programmes?|programs?|groups?|workshops?|class(?:es)?|courses?|clinics?|services?|teams?|forums?|projects?|caseloads?|sessions?|therapy|work|meetings?)\\b)`, 'i');
const RELATION = alternationOf(privacy['client-relations']!);
// "Declan has stopped collecting her", "Tevita does her shopping", "Max has been driving her to placement"; not "brought her own whakapapa".
const CARER_AFTER = new RegExp(`^\\s+(?:(?:has|have|had|is|was|will|now|also|still|usually|often|always|been|stopped|started|begun|kept)\\s+){0,3}(?:${alternationOf(privacy['carer-verbs']!)})\\s+(?:some of\\s+)?(?:her|him|them)\\b(?!\\s+own\\b)`, 'i');
// "her late father", "his stepdad", "their eldest daughter".
const RELATION_MODIFIER = '(?:older|younger|late|new|ex|former|step|foster|birth|eldest|youngest)';
// "his mum, Sharon,", "her partner Tom", "his son and carer, Wayne", "mother (Jane Doe)", "Mother: Jane".
const RELATION_BEFORE = new RegExp(`(?:\\b(?:his|her|their|your|my|our|the client's|the patient's|client's|patient's|\\p{Lu}[\\p{L}'’-]*['’]s|a|an|one|the|another|other|whose|with|w\\/|and|to|from)|(?:\\p{Lu}\\.){1,3}['’]s)\\s+(?:${RELATION_MODIFIER}[\\s-]?)?(?:${RELATION})(?:\\s+and\\s+(?:${RELATION}))?\\s*(?:[,(:]\\s*|named\\s+|called\\s+|is\\s+|was\\s+)?$`, 'iu');
// "demanding to see his son – Thabo Mokoena": after a dash, only a relation said to be someone's.
const RELATION_DASH_BEFORE = new RegExp(`\\b(?:his|her|their|the client's|the patient's|client's|patient's|\\p{Lu}[\\p{L}'’-]*['’]s)\\s+(?:${RELATION_MODIFIER}[\\s-]?)?(?:${RELATION})\\s*(?:[–—]|\\s-)\\s*$`, 'iu');
// The last words of every relation ("carer" of "foster carer"): a text that does not end with one, give or take the
// words and marks that may follow it, cannot match RELATION_BEFORE, and is not searched for it.
export const RELATION_LAST_WORDS = new Set(privacy['client-relations']!.map((r) => r.toLowerCase().split(/[\s-]+/).at(-1)!));
// "| family meeting – mother Bernadette Dunne very angry |": a relation after a dash or at the start of a cell.
const RELATION_AFTER_DASH = new RegExp(`(?:[–—|]|\\s-)\\s*(?:${RELATION_MODIFIER}[\\s-]?)?(?:${RELATION})\\s*(?:[,(:]\\s*)?$`, 'iu');
const RELATION_CELL_AFTER = new RegExp(`^\\s*\\|\\s*(?:(?:the\\s+)?(?:client's|patient's)\\s+)?(?:${RELATION_MODIFIER}[\\s-]?)?(?:${RELATION})\\s*(?:\\||$)`, 'i');
// "his son – Thabo Mokoena": a dash may stand where a comma would (RELATION_DASH_BEFORE).
const AFTER_RELATION = /(?:\s*[,(:–—]\s*|\s+-\s+|\s+(?:named|called|is|was)\s+|\s*)$/i;
function mayEndWithRelation(before: string): boolean {
  const end = before.replace(AFTER_RELATION, '');
  const last = /[\p{L}'’]+$/u.exec(end)?.[0].toLowerCase();
  return last !== undefined && RELATION_LAST_WORDS.has(last);
}
// "her husband", "his stepdad", "their daughter's school": a person's own family, named or not.
const FAMILY_IN_SENTENCE = new RegExp(`\\b(?:his|her|their)\\s+(?:${RELATION_MODIFIER}[\\s-]?)?(?:${RELATION})\\b`, 'i');
const WHOSE_FAMILY = new RegExp(`^\\s*,?\\s*whose\\s+(?:${RELATION_MODIFIER}[\\s-]?)?(?:${RELATION})\\b`, 'i');
const RELATION_LABEL = new RegExp(`(?:^|[|\\n•*-])\\s*(?:${RELATION})\\s*(?:[:：]|\\s[–—-])\\s*$`, 'i');
const NEXT_OF_KIN = new RegExp(`\\b(?:next of kin|NOK|emergency contact)\\s*(?:[:：]|\\s[–—-])\\s*(?:(?:his|her|their)\\s+)?(?:(?:${RELATION})\\s*[,(]?\\s*)?$`, 'i');
// "Uncle Yusuf is his sponsor", "…; step-dad Craig works away", "Husband (Wei) attends": a relation opening a sentence or a
// clause, in the shorthand of case notes. Not the words that also name a colleague or a partner agency ("Partner Jane Ross").
const CLAUSE_RELATION = alternationOf(privacy['client-relations']!.filter((r) => !/^(?:partner|parents?|family|whānau|friend|best friend|ex|carer|carer's|twin|sibling|flatmate|roommate|neighbou?r)$/.test(r)));
const RELATION_OPENS = new RegExp(`(?:^|[;•*(,]|[.:!?]\\s)\\s*(?:${RELATION_MODIFIER}[\\s-]?)?(?:${CLAUSE_RELATION})\\s*(?:[,(]\\s*|\\s[–—-]\\s*)?$`, 'i');
// An age or date of birth beside the name: "Dana Whitfield, 31,", "Tamati (16)", "Mrs Obi, aged 93", "Jo (DOB …".
// A bare number after a name is an age only after a comma or a bracket ("Dana, 31", "Tamati (16)"); after a
// space it needs an age word ("Mrs Obi aged 93", "Jo 16 y/o"): "Albert 1" is a ward.
// "Priscilla (front desk), 2 MFT trainees": a count of people after a name is no age.
const NOT_AN_AGE = String.raw`(?![\d:/%–+-]|\.\d|[A-Za-z]|\s\d|\s*(?:x|×|%|mg|mcg|ml|min|mins|minutes|hours?|hrs?|sessions?|am|pm|weeks?|days?|months?|beds?|staff|clients|people|of|(?:[A-Z]{2,5}\s+|new\s+|more\s+|other\s+)?(?:trainees|students|interns|members|nurses|workers|volunteers|others)|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|June?|July?|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*)\b)`;
export const WHOLE_NAME_WORD = new RegExp(`^${NAME_WORD}$`, 'u');
// The names before the last of a list: "Mei Ling and " in "handed to Mei Ling and Callum".
const CO_NAMED = /(?<=\s)(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}(?:and|or|&)\s+$/u;
// "**Bree Sutcliffe** — 27, meth": after a bold name, a dash may come before the age; no one is older than 120
// ("… and North Tipperary, 212 survey responses").
export const AGE_AFTER = new RegExp(
  String.raw`^\s*\)?\s*(?:\([^()\d]{1,25}\)\s*)?(?:,\s*|\(\s*|\*{1,2}\s*[—–]\s*)(?:aged\s+|age\s+|now\s+|who is now\s+|who's now\s+)?(?:1[01]\d|120|\d{1,2})(?:\s*(?:y\/?o|yo|yrs?|years?(?:\s+old)?|-year-old))?${NOT_AN_AGE}|^\s+(?:aged|age)\s+\d{1,3}\b|^\s*(?:[—–]|\s-)\s*\d{1,3}\s*(?:y\/?o|yo|yrs?\b|years?\s+old\b)|^\s*(?:[—–]|\s-)\s*\d{1,2}(?=\s*[,;(])|^\s+[1-9]\d?\s+(?:yo\b|y\/o|yrs?\b|[mf]\b|male\b|female\b|first episode|w\/|with\b|in the\b|on the\b|who\b)|^\s+\d{1,3}\s*(?:y\/?o|yo|yrs?\b|years?(?:\s+old)?\b|-year-old)|^\s*[,(]?\s*(?:DOB|D\.O\.B|d o b\b|born\b)`,
  'i',
);
// "Lincoln Asante (NHS 401 223 7784)": a record number given beside the name.
// The labels health services write in capitals before a person's number.
const HEALTH_LABELS = 'NHS|CHI|MRN|URN?|NHI|IHI|H&C|PPSN?|OHIP|PHIN|MSP';
// "- Mhairi Dunlop CHI 2207854410 — declining visits": such a label, in capitals, straight after the name.
const RECORD_LABEL_AFTER = new RegExp(String.raw`^\s+(?:${HEALTH_LABELS}|DOB)\s*(?:no\.?|number|#)?\s*:?\s*[A-Z]{0,4}[\s/-]?\d`);
const RECORD_AFTER = new RegExp(String.raw`^\s*[(,]\s*(?:[A-Z]{2,4}\s+(?=file|case|ref))?(?:${HEALTH_LABELS}|HMIS|hospital|Medicare|Medicaid|(?:[A-Z]{2}\s+)?health (?:card|number)|PHN|SIN|SA ID|ID|identity|national ID|case|file|chart|(?:VA\s+)?claim|adm(?:ission)?|prison(?:er)?|NOMS|booking|ref(?:erence)?|student ID|student (?:no|number)|student(?=\s*#)|pupil (?:no|number)|DOB|D\.O\.B\.?|date of birth|born)\b\.?\s*(?:no\.?|number|#)?\s*:?\s*[A-Z]{0,4}[\s/-]?\d`, 'i');
// "(Liam Kowalchuk, #30045512)": a bare number sign and six digits or more after a full name are a record's number
// too; "Senior Constable Tran (#31742)" gives an officer's badge.
// "(Nathan Booth, A7781DL)": a UK prison number, a letter, four digits and two letters, after a full name.
const HASH_NUMBER_AFTER = /^\s*[(,]\s*(?:#\s?\d{6,}|[A-Z]\d{4}[A-Z]{2}\b)/;
// "Priyanka Raghunathan (goes by Priya), DOB …": a bracket about the name itself, between the name and what follows it.
const NAME_BRACKET = /^\s*\([^()\d]{1,40}\)/;
// "Mia Castellano 430 118 927, 22": a number written straight after a name, with no label, is a record number
// (a telephone number starts with 0 or a bracket, or is split by dashes or dots).
const WORKER_OF_TEAM = /^\s+(?:(?:in|from|on|of)\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}(?:team|service|office|clinic)|(?:from|of)\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}(?:ward|unit))\b/iu;
const BARE_NUMBER_AFTER = /^\s+(?:[1-9]\d{2}\s\d{3}\s\d{3}|[1-9]\d{7,9}|[A-Z]{3}\d{4})(?=\s*[,;)]|\s*$)/;
// "Jamie McAllister (J.M.)": a name given with the initials a note should have used instead.
const INITIALS_AFTER = /^\s*\(\s*(?:\p{Lu}\.\s?){2,3}\s*\)/u;
// "Mr Ashok Patel, who was on level 2 observations": a relative clause that says the person is a patient.
// "Mia (10th grade)", "Tyler, Year 9", "Mr Colin Harte in bed 3", "Tanya Rowlett (Larch Ward) declining bloods".
const SCHOOL_YEAR_OR_BED = /^\s*[—–-]\s*(?:intake|new referral|new client|referral|assessment|new case)\b|^\s+(?:in|is in)\s+(?:(?:\d{1,2}(?:st|nd|rd|th)\s+grade)|grade\s+\d{1,2}|year\s+\d{1,2})\b|^\s*(?:\(\s*|,\s*)(?:\d{1,2}(?:st|nd|rd|th)\s+(?:grade|gr\b)|(?:[5-9]|1[0-2])th(?=\s*[,;)])|grade\s+\d{1,2}|gr\.?\s*\d{1,2}\b|year\s+\d{1,2}|yr\.?\s*\d{1,2}\b|y\d{1,2}\b|form\s+\d|[SP][1-7](?=[,;)]))|^\s*,?\s*(?:in|on)\s+(?:bed|room|rm|side room|seclusion|bay)\.?\s*\d|^\s*[(,]\s*(?:bed|room|rm|bay)\.?\s*\d{1,3}[A-Za-z]?\s*[),]/i;
// "a 52-year-old man, Mr Gary Pennington": an age given just before the name.
// "Case 2: 38F, Li Na", "Li Na (38F)", "22yo M – Ahmed": an age with the person's sex, as case notes write it.
const AGE_SEX_BEFORE = /(?:^|[\s(:;,–-])\d{1,3}\s?(?:y\/?o\s?)?[FM]\s*[,(:–-]?\s*$/;
const AGE_SEX_AFTER = /^\s*(?:,\s*|\(\s*)\d{1,3}\s?(?:y\/?o\s?)?[FM](?![\p{L}\d])/u;
const ADDRESS_LINE_AFTER = /^[ \t]*\n[ \t]*(?:(?:Unit|Flat|Apt|Apartment|Suite)\s*\d+\w*,?\s*)?\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)?\s+\p{Lu}\p{L}+/u;
const ADDRESS_AFTER_NAME = new RegExp(String.raw`^\s*(?:,|\s(?:at|of))\s*(?:(?:Unit|Flat|Apt|Apartment)\s*\d+\w*,?\s*)?\d{1,5}[A-Za-z]?(?:[/-]\d+[A-Za-z]?)?\s+(?:\p{Lu}[\p{Ll}'’]+\s+){1,3}${STREET_TYPES}\b`, 'u');
// "(Jonah Pressler, Pressler & Vance LLC)", "(Harwood Kemp Lawyers, contact Ms Renee Albanese)": a lawyer or a
// firm's contact, named with the firm.
const FIRM = String.raw`(?:LLP|LLC|Ltd|P\.?C\.|Solicitors|Chambers|Lawyers|Attorneys|Law Firm|Law Group|Legal|& Co)`;
const FIRM_AFTER_NAME = new RegExp(String.raw`^\s*,\s*[^()\n,;]{0,40}\b${FIRM}(?![\p{L}])`, 'u');
const FIRM_BEFORE_NAME = new RegExp(String.raw`\([^()\n]{0,50}\b${FIRM},?\s+(?:contact|attn:?|attention:?|c\/o|via)?\s*$`, 'iu');
// "for Marisol Quintero, her adjuster's request for a prognosis": a claimant's or a patient's own insurer, claim or doctor.
const OWN_CLAIM_AFTER = /^\s*,\s*(?:her|his|their)\s+(?:(?:insurance|claims?|ICBC|WorkSafe\w*|ACC|WCB)\s+)?(?:adjuster|claims? (?:manager|officer)|claim|insurer|GP|psychiatrist|treating (?:doctor|team|psychiatrist|psychologist|GP))\b/i;
// "for your session with Tahlia at Marangaroo tomorrow": a worker's session with someone is with a client; a supervision
// session is not among these.
// A joint session is with a colleague.
const SESSION_WITH_BEFORE = /\b(?:your|his|her|their|my|our|the|next|first|last|a)\s+(?:(?:therapy|counsell?ing|counseling|treatment|home|OT|SLT|speech|family|individual|1:1|one-to-one|intake|assessment|review|follow-up)\s+)?(?:session|appointment|visit)s?\s+with\s+$/i;
// "a complaint came in from the wife of one member, Sgt. Noel Brennan,": a service's member, named after a relative's word.
const MEMBER_OF_FAMILY_BEFORE = /\b(?:wife|husband|partner|spouse|mother|father|mum|mom|dad|son|daughter|family|sister|brother)\s+of\s+(?:one|a|an|our)\s+(?:member|client|patient|employee|officer|firefighter|paramedic|worker|service user)\s*,\s*$/i;
// "Mr Neville Harker, who lives in the same street": a neighbour's home, or a household, said of a member of the public.
const LIVES_NEAR_AFTER = /^\s*,?\s*who\s+lives?\s+(?:in\s+the\s+same\s+(?:street|road|building|block|flats?|estate|house)|on\s+the\s+same\s+(?:street|road|estate)|next\s+door|nearby|down\s+the\s+(?:road|street)|across\s+the\s+(?:road|street)|with\s+(?:her|his|their)\s+(?:son|daughter|mother|father|mum|mom|dad|partner|parents|children|kids|grandmother|grandfather|nan|nana|family|sister|brother))\b/i;
const DIED_IN_CARE = /^\s*,?\s*who\s+(?:had\s+)?died\s+(?:on|in|at|while (?:in|on|at))\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}(?:unit|ward|care|service|residence|hospice|home|facility|programme|program|caseload|inpatient unit)\b/iu;
const AGE_BEFORE = /\b\d{1,3}[-\s]year[-\s]old(?:\s+(?:man|woman|boy|girl|client|patient|mother|father|widow|widower|veteran|student|person|male|female))?\s*[,(:]?\s*$/i;
const WHO_WAS_A_CLIENT = /^\s*,?\s*who\s+(?:was|is|had been|has been|were)\s+(?:(?:on|under)\s+(?:level|section|s\.?\s?\d|observations|a CTO|leave|the ward|our caseload|the caseload)|admitted|detained|discharged|exited(?= (?:from|in|on|at|last)\b)|referred|sectioned|an?\s+(?:in-?patient|out-?patient|patient|client|resident|service user|consumer))/i;
// "Blackmore Tull LLP – Ms Priya Kaur (partner)": at a firm, a partner is a rank.
const LAW_FIRM_BEFORE = /\b(?:LLP|LLC|Ltd|Solicitors|Chambers|Lawyers|Attorneys|Law Firm|& Co)\b[^.;\n]{0,40}$/;
// "Mrs Denise Holt (mother)", "Tom, her partner,", "Tania, daughter of …": a client's relative named, with the relation after the name.
// "Mrs Lupe Faleolo, Māngere fono, mother of a service user": one short clause may come between.
// "Karen Doyle (Jack's mum)": whose relative, by name.
// "G. LeBlanc (partner)" on a project's approvals: a partner organisation's person, not a spouse.
const RELATION_AFTER = new RegExp(`^(?!\\s*\\(\\s*partner\\s*\\))\\s*(?:\\(|,)\\s*(?:[^,()\\d]{1,25},\\s*)?(?:the\\s+)?(?:client's\\s+|patient's\\s+|his\\s+|her\\s+|their\\s+|\\p{Lu}[\\p{L}\\p{M}'’-]*['’]s\\s+)?(?:${alternationOf(privacy['client-relations']!)})\\s*(?:[,)]|$|of\\b)`, 'iu');
export const AGE_WORDS = /^\s*(?:,\s*)?(?:a|an|the)\s+\d{1,3}[-\s]year[-\s]old\b|^\s*,\s*(?:a|an)\s+(?:(?:young|single|older|elderly|new|first-time|pregnant|recently\s+\w+)\s+)?(?:mother|mum|mom|father|dad|widow|widower|man|woman|boy|girl|teenager|veteran|pensioner|carer|grandmother|grandfather)\b/i;
const CLIENT_APPOSITION = /^\s*,\s*(?:a|an|the|our|one of our|my|her|his|their)\s+(?:(?:new|former|current|long-term|young|older|elderly|female|male|adult|teenage|adolescent|private|fee-paying|self-funded)\s+)?(?:patient|client|resident|service user|inpatient|outpatient|consumer|tangata whaiora)\b(?!\s+(?:services?|liaison|experience|relations|support|advocate|engagement|care|manager|lead|worker|officer|representative|rep|council|forum|panel|group)\b)/i;
// "Jean-Luc Thibodeau, the man she's been seeing under the overpass": whom the worker sees, in apposition.
const SEEN_BY_WORKER_APPOSITION = /^\s*,\s*the\s+(?:young\s+|older\s+|elderly\s+)?(?:man|woman|lad|guy|girl|boy|teen|teenager|gentleman|lady|person|kid|mum|mother|dad|father)\s+(?:(?:she|he|they|I|we)(?:['’](?:s|ve|d))?|(?:she|he|they|I|we)\s+(?:has|have|had|is|was|are|were))\s+(?:been\s+)?(?:seeing|working with|supporting|visiting|counsell?ing|treating|assessing|worried about|sees|saw|visits|supports|works with)\b/i;
// "(mum)", "(dad)", "(his nan)"; not "(Partner)", which in a firm or a partner agency is a colleague.
const FAMILY_IN_BRACKET = new RegExp(`^\\s*\\(\\s*(?:his\\s+|her\\s+|their\\s+|client's\\s+)?(?:${CLAUSE_RELATION})\\s*\\)`, 'i');
const AGE_IN_BRACKET = /^\s*\(\s*(?:aged\s+)?\d{1,2}\s*(?:y\/?o|yrs?|years?)?\s*\)/i;
export const NO_RELATION = /\b(?:no relation|not related|unrelated)\s+(?:to|of)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(\p{Lu}[\p{L}\p{M}'’-]+)/gu;
export const WRITERS_FAMILY = new RegExp(`\\b(?:my|our)\\s+(?:${RELATION_MODIFIER}[\\s-]?)?(?:${RELATION})\\s*,?\\s*$`, 'i');
const CLIENT_IS = /\b(?:client|patient|service user|consumer)\s+(?:is|was)\s+$/i;
const RECORD_NEAR_AFTER = /^\s*,[^,.;()]{1,30},\s*(?:student\s+)?(?:ID|MRN|NHI|NHS|CHI|UR|chart|file)\s*(?:no\.?|number|#)?\s*[:#]?\s*[A-Z]{0,3}-?\d{4,}/i;
const DASH_LABEL = /^[\s>*_|-]*\p{L}[\p{L} ]{1,25}\s[–—-]\s/u;
// Not "Priya's case 4": the case a clinician brings is numbered too.
const OWN_RECORD_AFTER = /^['’]s\s+(?:Medicaid|Medicare|NHS|MRN|CHI|NHI|IHI|OHIP|PHN|PHIN|SSN|SIN|PPSN?|NDIS|health card|hospital|insurance)\s*(?:ID|no\.?|number|#|card|file)?\s*(?:[:(]\s*)?(?:is\s+|was\s+)?[A-Z]{0,4}[\s-]?\d/i;
const SCHOOL_TALK = /\b(?:class|classroom|lesson|science|maths?|english|history|teacher|teaches|school|period \d|timetable)\b/i;
const PAIR_AFTER = /^\s+(?:and|&)\s+\p{Lu}[\p{L}\p{M}'’-]+(?=\s)/u;
const PAIR_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]+\s+(?:and|&)\s+$/u;
const PARENTS_OPEN = /(?:^|[;•*(]|[.:!?]\s)\s*(?:parents|grandparents|foster parents|caregivers|guardians)\s*(?::\s*)?$/i;
const CLIENT_FACTS_BRACKET = /^(?:\s+(?:and|&)\s+\p{Lu}[\p{L}\p{M}'’-]+)?\s*\((?=[^()]{0,120}?\b(?:referred|self-referred|married\s+\d|together\s+\d|DOB|d\.o\.b)\b)/iu;
const RECORD_ABOUT = /\b(?:case notes?|clinical notes?|progress notes?|notes|chart|clinical record|health record|care plan|risk assessment|discharge summary|referral letter)\s+(?:on|about|regarding)\s+$/i;
const TRAINEE_STUDENT_BEFORE = /\b(?:practicum|placement|trainee|intern|doctoral|graduate|postgraduate|PhD|master['’]?s|MSW|counsell?ing|psychology|social work|nursing|clinical psychology|field)\s+students?\s*[,:(–-]?\s*$/i;
const CLIENT_BEFORE = /\b(?:(?:my|our|her|his|their|the|a|new|main|first|second|third|next|one|another)\s+)?(?:client|patient|case|consumer|service user|resident|young person|referral|intake|student|child|youth|boy|girl|man|woman|lady|gentleman|teen|teenager|adolescent|kid|family|couple|tangata whaiora|grader|pupil|learner|rangatahi|caller)s?(?:\s+(?:involved|concerned|in question))?\s*(?:\(|,|:|–|-|was|is|named|called)?\s*["“'‘]?$/i;
// "resident Jimmy", 'client "Dev"'; a resident doctor ("PGY-2 resident Amy Chen", "psychiatry resident") is staff.
const CLIENT_NOUN_BEFORE = /(?<!\b(?:PGY-?\d|psychiatry|psychiatric|medical|surgical|chief|junior|senior|[a-z]+-year)\s+)\b(?:client|patient|service user|young person|resident|consumer|tangata whaiora)\s+["“'‘]?$/i;
const CASE_INTRO = /\b(?:case (?:was|is)|case of|cases? (?:were|are|is)?:?|refer|re-refer|discharge|readmit|working with|work with|works with|sessions? with|visit to|home visit to|raised|sees|seeing|saw|worked with|supporting|supports|discussed|presented|brought|referred|treating|treats|assessed|admitted|discharged|visited|called|rang|phoned|texted|with her client|with his client)\s*$/i;
export const TITLE = /^(?:Mr|Mrs|Ms|Mx|Miss|Mdm|Mme|Mlle|Sra|Srta)\b/i;
export const TITLE_BEFORE_NAME = new RegExp(`${TITLE.source}\\.?\\s+`);
const MEETING_AFTER = /^\s+(?:did not|didn't|could not|couldn't|was unable to|were unable to)\s+attend\s+(?:the|this|today's|that)\s+(?:meeting|board|committee|forum|session of the|workshop|training)/i;
// "phone the supervisor any time, or Ms Abrahams if unavailable": whoever stands in for a colleague.
const STANDS_IN_AFTER = /^\s+(?:if|when|while)\s+(?:(?:she|he|they)\s+(?:is|are)\s+|(?:the\s+)?(?:supervisor|manager|lead)\s+is\s+)?(?:unavailable|not available|absent|on leave|away|off)\b/i;
// "Chloe Vandenberg, Harristown State High School, EQ ID …": a name given with a school after a comma is a pupil's.
const SCHOOL_AFTER_NAME = /^\s*,\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:High School|School|College|Academy|Secondary|Primary|Kura)\b(?!\s+(?:counsell?or|nurse|psychologist|social worker|principal|teacher|staff|liaison))/u;
// '"I came in with nothing …" — Rawiri Tūhoe, programme graduate 2023, quoted with his permission': the speaker of
// a quoted testimonial, said to have used the service.
const SPEAKER_BEFORE = /["”]\s*[—–-]\s*$/;
const SERVICE_USER_AFTER = /^\s*,\s*(?:a\s+)?(?:former\s+|past\s+|current\s+)?(?:\p{L}+\s+){0,2}(?:graduate|client|participant|service user|consumer|resident|tangata whaiora|whānau member|member)\b|^[^.]{0,60}\bquoted with (?:his|her|their) permission/u;
// A clinician's own things after a possessive: "Kelsey's notes", "Marco's supervisor", "Ana's caseload".
const STAFF_PLACE = /^['’]s\s+(?:(?:own|main|biggest|key|first|new|current|next|last|\d+-day|annual|mid-?year|end-of-year|probationary)\s+)?(?:supervisor|supervisee|supervision|caseload|growth area|strengths?|learning goals?|learning needs|placement goals?|reflections?|client|clients|patient|patients|client list|notes|documentation|practice|CPD|licen[cs]e|licensure|registration|appraisal|probation|performance|review|evaluation|training|hours|portfolio|competenc(?:y|ies)|development|learning|reflective|logbook|placement|rotation|preceptor|mentor|line manager|manager|team|shift|rota|roster|desk|office|role|post|contract)\b/i;
// "Ahmed presented Yasmin Al-Hassan", "Leon presented her new client": a presenter, not a client who presented.
// "Next group: Pieter presents.", "Ines presents next time": a turn to present, where a client "presents with" or "presented to ED".
const PRESENTED_SOMEONE = /^\s+(?:presented|presents|is presenting|will present)\s+(?:\p{Lu}\p{Ll}|(?:her|his|their|two|three|one|another|a|an|the)\s)|^\s+(?:presented|presents)\s*(?:[-–—:]|\s-)\s|^\s+(?:presents|presented|is presenting|will present)(?=\s*(?:[.;,)!]|$)|\s+(?:next|first|again|today|tomorrow|this week|next week|next time|at the next)\b)/u;
// What clinicians do to clients: "the couple Angela sees", "Tom supervises".
// "is carrying" a caseload, a phone or a shift, not "what Callum is carrying" (a child's burden).
const STAFF_VERB = /^\s+(?:is carrying(?=\s+(?:a|the|an|her|his|their|\d)\b)|carries(?=\s+(?:a|the|an|her|his|their|\d)\b)|has a caseload|holds a caseload|co-facilitated|co-led|co-ran|co-delivered|delivered|sees|saw|is seeing|has been seeing|was seeing|will see|treats|treated|supervises|supervised|is supervising|assessed|reviewed|facilitates|facilitated|co-facilitates|runs|ran|leads|led|manages|managed|covers|covered|covering|chairs|chaired|minuted|presented the|presented a|presented on|(?:went|goes|is|was|has been) on (?:sick|maternity|paternity|parental|annual|study|long-term|extended) leave|(?:is|was) off sick)\b/i;
// "complaint from Mrs Clarke", "on behalf of Mr Obi": a member of the public, usually a client.
const COMPLAINED_AFTER = /^(?:\s*,[^,.;]{0,60},)?\s+(?:complained|made a (?:formal )?complaint|lodged a (?:formal )?complaint)\b/;
const OWN_CARE_AFTER = /^\s+(?:declared|said|disclosed|noted|confirmed|explained|raised|shared|mentioned|told (?:the )?\w+)\s+(?:that\s+)?(?:(?:she|he|they)\s+(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:under\s+(?:the\s+)?\p{Lu}|an?\s+(?:inpatient|patient|client|service user|resident)\b|on\s+(?:a|the)\s+(?:ward|CTO|caseload)\b|in\s+(?:treatment|hospital)\b)|(?:her|his|their)\s+own\s+(?:discharge|care|treatment|crisis|safety|recovery)\s+plan\b)/u;
const CARE_EVENT_OF = /\b(?:discharge|admission|readmission|re-admission|detention|seclusion|restraint|sectioning)\s+of\s+$/i;
const OWN_TREATMENT_AFTER = /^(?:[^.;,]{0,30}[–—,-]?\s*(?:she|he|they)\s+(?:had|has had)\s+(?:a|two|three|four|several|repeated|multiple|\d+)\s+(?:falls?|seizures?)\b|[^.;]{0,80}\b(?:(?:after|following)\s+(?:a|an|his|her|their)\s+(?:relapse|overdose|readmission|suicide attempt|psychotic episode|seizure)\b|(?:change|changes|increase|reduction)\s+(?:in|to|of)\s+(?:his|her|their)\s+(?:depot|medication|meds|clozapine|lithium|methadone|dose)\b|(?:he|she|they)\s+(?:had\s+)?(?:stopped|stops)\s+taking\s+(?:(?:his|her|their)\s+)?(?:oral\s+)?(?:medication|meds|tablets)\b|(?:his|her|their)\s+(?:clozapine|depot|lithium|methadone|buprenorphine|suboxone|antipsychotics?|medication|meds)\s+(?:was\s+|were\s+|has been\s+|had been\s+)?(?:restarted|stopped|increased|reduced|changed|withheld|ceased|re-?titrated)\b))/i;
// "Mrs. Dolores Fitzgerald of Birch Lane, Antigonish, whose son is a Forest Hill patient": where she lives may come between.
const PATIENTS_FAMILY_AFTER = /^(?:\s+of\s+[^,;.]{1,30},(?:\s*[^,;.]{1,25},)?)?\s*,?\s*whose\s+(?:son|daughter|child|mother|father|mum|mom|dad|husband|wife|partner|brother|sister|grandson|granddaughter|nephew|niece)\s+(?:is|was|has been)\s+(?:currently\s+|still\s+|now\s+)?(?:on\s+\p{Lu}|in\s+(?:hospital|the unit|the ward|care|seclusion)|an?\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:patient|inpatient|client|resident)|admitted|detained|under\s+(?:section|the\s+Act|a\s+CTO))/u;
const CERTIFIED_AFTER = /^\s*[,(]\s*(?:[A-Z]{2,8}[\s-])?(?:cert\.?|certified|licen[cs]ed|registered|reg\.)(?=[\s,;)]|$)/;
const COMPLAINANT = /\b(?:complain\w*|concerns?|feedback|letter|email|call|compliment)\b[^.;()]{0,60}?\b(?:from|by|made by|raised by)\s*(?:the\s+)?(?:family of\s+)?$|\b(?:complain\w*|compliment)\b[^.;()]{0,40}?\bfrom\s+(?:an?|the|one)\s+(?:employee|client|patient|member|parent|student|service user|resident|caller|tenant|consumer)\b[^.;()]{0,40},\s*$|\b(?:the family of|on behalf of)\s*$/i;
// A judge's, a priest's and a police officer's titles are a worker's too: "Mr Justice Declan Furlong", "Fr. Tom",
// "Cst. Bains" (a co-responder's partner on the car).
const DOCTOR = /^(?:Dr|Prof|Professor|Sr|Br|Sister|Nurse|Cllr|Councillor|Rev|Revd|Fr|Cst|Const|Sgt|Insp|Supt|Det|Cpl|(?:(?:Mr|Mrs|Ms|Lord|Lady)\.?\s+)?Justice|Judge)\b/;

/** Whether a person's name is that of an author whose model or method notes cite. */
export function cited(tokens: ReadonlySet<string>): boolean {
  if (tokens.size === 1) return THEORIST_SURNAMES.has([...tokens][0]!);
  return THEORISTS.some(([first, last]) => tokens.has(first) && tokens.has(last));
}

/** A credential right after the name: "Ramírez, LMSW", "Okoye LPC-S". */
export function hasCredential(text: string, end: number): boolean {
  // "Priya S. (LSW)": the initial of a surname may come between.
  // "Hannah Osei, qualified PWP": a word for how far the worker has got may come first.
  const after = /^(?:\s+\p{Lu}\.)?[\s,(]+(?:(?:newly\s+)?(?:qualified|registered|accredited|chartered|licensed|provisional|trainee|senior)\s+)?([A-Za-z][\w.-]*(?:\s[A-Z][\w.-]*)?)/u.exec(text.slice(end, end + 40));
  if (!after) return false;
  // "dwayne kowalczyk (MA ID 00417723)": letters before an ID or a number are a scheme's, not a degree.
  if (/^\s*(?:ID|No\.?|#|number|\d)/i.test(text.slice(end + after[0].length, end + 40))) return false;
  // "M.A.", "Ph.D.", "C.Psych.": written with or without its dots.
  const forms = [after[1]!, after[1]!.split(/\s/)[0]!].flatMap((f) => [f.replace(/\.$/, ''), f.replace(/\./g, '')]);
  return forms.some((f) => CREDENTIALS.has(f.toLowerCase()));
}

// A verb between a name and a role word makes it a clause, not an apposition: "Kieran Walsh, threw a chair".
const ACTION = /^(?:threw|moved|dragged|pulled|slammed|threatened|refused|asked|said|told|wanted|needed|called|rang|broke|took|sat|hit|left|kicked|grabbed|pushed|smashed|picked|lifted|carried|stood|fell|ran|got|went|came|made|had|was|is|has|needs|wants|uses|used|brought)$/u;

// "the client's surname (Pretorius)", "Mother's real first name ("Kerry-Ann")": whose name the text is about to give.
const NAME_GIVEN = String.raw`['’]s\s+(?:(?:real|full|actual|first|last|given)\s+){0,2}(?:sur)?name\s*(?:\(|,|:|was|is)?\s*["“'‘]?$`;
// A client told of between a worker's name and a relation word: a client noun, a client's initials ("K.D."), a case heading.
export const CLIENT_BETWEEN = /\b(?:clients?|patients?|pt|young (?:person|people)|service users?|consumers?|residents?|tangata whaiora|callers?|students?|cases?|referral)\b|\b\p{Lu}\.\s?\p{Lu}\./u;
// A block or heading about the worker's own life: "Home:", "Wellbeing:", "Personal stuff –", "Self-care".
export const OWN_LIFE_LABEL = /^[\s>*_#-]*(?:home(?: life| front)?|personal(?: stuff| life| matters)?|wellbeing|well-being|self-care|check-in|check in|life outside work|family life)\b[*_]*\s*(?:[:.–—]|\s-\s|$)/i;
const TRAINEE_LABEL_BEFORE = /\b(?:student|learner|trainee|intern)s?[*_]*\s*[:：][*_\s]*$/i;
const WORK_PARTNER_BEFORE = /\b(?:HR|business|people|practice|agency|placement|clinical|community|research|funding|delivery|service|strategic)\s+partner(?:['’]s)?\b[^.;]{0,25}$/i;
const POST_BEFORE_BRACKET = /\b(?:Head|Director|Deputy Director|Manager|Chair|Dean|Lead|Officer|Coordinator|Co-ordinator|Registrar|Secretary)\s+(?:of|for)\s+(?:[\p{Lu}&][\p{L}&'’-]*\s+){1,4}\(\s*$/u;
const LEGAL_NAME_BEFORE = /\b(?:legal|birth|real|actual|proper)\s+name\s*(?:is|was|[:,(])?\s*["“'‘]?$/i;
const CLIENT_NAMED = new RegExp(`\\b(?:client|patient|service user|young person|resident|consumer|student|child|pupil)${NAME_GIVEN}`, 'i');
const RELATIVE_NAMED = new RegExp(`\\b(?:mother|father|mum|mom|dad|parent|partner|wife|husband|son|daughter|sister|brother|carer|guardian|grandmother|grandfather)${NAME_GIVEN}`, 'i');
const ACTS_FOR = /^,?\s*(?:who\s+)?(?:holds|has|is)\s+(?:the\s+|an?\s+)?(?:(?:lasting|enduring|registered)\s+)?(?:power of attorney|attorney|LPA|EPA|welfare guardian|court-appointed guardian|guardianship)\b/i;

const CLAUSE_BREAK = /[—–.;!?]|\s-\s/;

/** A staff role within a few words of the name, before or after it. */
export function nextToRole(text: string, start: number, end: number): boolean {
  // "**Chidi Okafor** (supervisee)": the role follows the emphasis, not the name.
  while (text[end] === '*' || text[end] === '_') end++;
  const from = Math.max(0, start - 60);
  const window = tokenize(text.slice(from, start));
  const before = window.slice(-3);
  const after = tokenize(text.slice(end, end + 40)).slice(0, 4);
  // "using an interpreter — Priya's English is good": a dash or a full stop between the role and the name ends the role's clause.
  // "the charge nurse (Ms Pike)" names the nurse; "a more directive therapist (Emeka said …)" opens an aside about someone else.
  const gap = before.length ? text.slice(from + before[before.length - 1]!.end, start) : '';
  const aside = gap.includes('(') && !/^\s*[),;–—]/.test(text.slice(end, end + 3));
  if (!aside && staffRoles.findAll(before).some((m) => m.to === before.length && !CLAUSE_BREAK.test(gap))) return true;
  // "Reviewing officer is Alan Buchanan", "the team lead is Mr. Ortega".
  if (/\b(?:is|was|will be)\s*$/i.test(text.slice(from, start))) {
    const role = window.slice(-5, /\bwill be\s*$/i.test(text.slice(from, start)) ? -2 : -1);
    if (staffRoles.findAll(role).some((m) => m.to === role.length)) return true;
  }
  // "Ana Reyes, team leader," or "Ms Pike (charge nurse)"; not "Dana, whose counsellor …".
  const afterText = text.slice(end, end + 40);
  // "Li Na, referred by GP": a role after "by" or "from" is someone else's.
  const noVerbBefore = (to: number) => !after.slice(0, to).some((t) => ACTION.test(t.raw) || /^(?:by|from|via|to|with)$/i.test(t.raw));
  // "For the situation with Ayla, the worker is Jas Sandhu": a role that is then said to be someone names that someone.
  if (/^\s*(?:,|\(|–|-|\|)\s*(?:our|the|a|an|acting|interim|deputy|senior|lead)?\s*/i.test(afterText) && staffRoles.findAll(after).some((m) => m.from <= 2 && noVerbBefore(m.from) && !/^(?:is|was)$/i.test(after[m.to]?.raw ?? ''))) return true;
  if (/^\s+(?:is|was)\s+(?:our|the|a|an)\s/i.test(afterText) && staffRoles.findAll(after).some((m) => m.from <= 3)) return true;
  // "Tariq, as the only Dari-speaking clinician,".
  if (/^\s*,\s*as\s+(?:our|the|a|an)\s/i.test(afterText) && staffRoles.findAll(after).some((m) => m.from <= 5)) return true;
  // "Ms Philippa Danvers" over "HM Senior Coroner for the County of Wrenshire": an addressee whose role is the next line.
  if (/^[ \t]*\n/.test(afterText) && staffRoles.findAll(after).some((m) => m.from <= 2)) return true;
  // "Margaret Chu (ext. 318)": a colleague reached on an internal extension.
  if (/^\s*\(\s*(?:ext|extn|x)\.?\s*\d/i.test(afterText)) return true;
  // "Farida Noorzai (Dari, NAATI certified, staff interpreter)": a bracket that ends with a role; "Lily Shaw and Sam Okoye
  // (fellow trainees)": after a pair, the bracket is both people's.
  const pair = /^\s+(?:and|&)\s+(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+(?=\s*\()/u.exec(text.slice(end, end + 50));
  const bracket = /^\s*\(([^()]{1,60})\)/.exec(text.slice(end + (pair?.[0].length ?? 0), end + 120));
  if (bracket) {
    const inside = tokenize(bracket[1]!);
    if (staffRoles.findAll(inside).some((m) => m.to === inside.length)) return true;
    // "Anahera Wihongi (new grad SLT, 6 months in)": a role that opens the bracket, before a comma.
    const first = /^[^,;]{1,30}/.exec(bracket[1]!)![0];
    const opening = tokenize(first);
    if (opening.length <= 4 && staffRoles.findAll(opening).some((m) => m.to === opening.length)) return true;
  }
  // An apposition: "the charge nurse on Ward 7, Ms Pike," or "our liaison worker, Dean,".
  if (!/,\s*$/.test(text.slice(from, start))) return false;
  const near = window.slice(-5);
  const role = staffRoles.findAll(near).pop();
  if (!role) return false;
  const between = text.slice(from + near[role.to - 1]!.end, start);
  return !/\b(?:had|has|have|is|was|were|told|said|gave|sent|wrote|with|about)\b/i.test(between);
}

/** What one mention's sentence says about who the person is: the same sentence always says the same. */
export interface MentionEvidence {
  mention: PersonMention;
  clinical: boolean;
  pseudonym: boolean;
  /** The mention opens its sentence, line or cell, where any word is capitalised. */
  initial: boolean;
  staff: number;
  roster: number;
  client: number;
  clientStrong: number;
  relative: number;
  /** A short name given in brackets after the name: "Katarzyna Zielińska (Kasia)". Lower case. */
  alias?: string;
  /** An age given with the name: "The 14-year-old, Ffion", "Dana, 31". */
  aged?: boolean;
  /** The sentence mentions someone's own family ("her husband", "his stepdad"). */
  ownFamily?: boolean;
  carer?: boolean;
  /** Described as working for another organisation ("Farah Siddiqui — employee at Bow River Energy"), as an EAP's clients are. */
  employedElsewhere?: boolean;
  /** Cited as an author: "read Marshall on therapist features". */
  cited?: boolean;
  /** The name whose relative this is, lower case: "Hannah's partner, Tom". */
  relativeOf?: string;
  /** The initial written after a first name, lower case: "f" in "Declan F.". */
  initialAfter?: string;
}

// Keyed by the sentence alone, one map for roster lines and one for the rest: no key is built per sentence per edit.
const evidenceCaches = [new Map<string, MentionEvidence[]>(), new Map<string, MentionEvidence[]>()] as const;

export function sentenceEvidence(sentence: string, staffUnit: boolean): MentionEvidence[] {
  const cache = evidenceCaches[staffUnit ? 1 : 0];
  const hit = cache.get(sentence);
  if (hit) return hit;
  // "Where: bureau 3.114, Pavillon Jeanne-Mance": after a label for a place, capitalised words name the place.
  // Evidence is read from the text as punctuated, a dictated "comma" as a comma; offsets are the same in both.
  const text = undictated(sentence);
  const found = findPeople(recaseNames(text)).filter((p) => p.titled || p.possessive || !PLACE_LABEL.test(text.slice(0, p.start)));
  const nicknames = quotedNicknames(text, found);
  const clinical = (found.length > 0 || nicknames.length > 0) && clientNouns.findAll(tokensOf(text)).length > 0;
  const out = found.map((p) => mentionEvidence(text, p, staffUnit, clinical));
  // 'repeat caller "Smokey"': a quoted name right after a word for a client is what the client is called, unless
  // the note says it chose the name ('the young person we agreed to call "Taz"').
  for (const p of nicknames) {
    const pseudonym = declaredPseudonym(text, p.start, p.end);
    out.push({ mention: p, clinical, pseudonym, initial: false, staff: 0, roster: 0, client: 3, clientStrong: pseudonym ? 0 : 3, relative: 0 });
  }
  if (nicknames.length) out.sort((a, b) => a.mention.start - b.mention.start);
  return remember(cache, sentence, out);
}

const CLIENT_IN_BRACKET = /^\s*\(\s*(?:the|a|our|one)\s+(?:texter|caller|client|patient|member|user|service user|young person|poster|participant)\s*\)/i;
const OWN_CLINICIAN_AFTER = /^[^.!?]{0,90}\b(?:his|her|their)\s+(?:counsell?or|therapist|psychiatrist|psychologist|care coordinator|key ?worker|case manager)\s+(?:called|rang|phoned|saw|will|has|had|is|was)\b/i;
const CALLED_FOR_HELP = /^\s+(?:called|rang|phoned|texted|messaged|contacted|emailed|e-mailed)\s+(?:the\s+)?(?:(?<!IT\s)support|helpline|text line|crisis line|webchat|chat line)\b/i;
const GRADUATE_APPOSITION = /^\s*,\s*(?:(?:a|an|our|one)\s+)?(?:(?:former|past|recent)\s+)?(?:(?:program|programme|course|service|app|group)\s+)?(?:graduate|completer|participant|alumn(?:us|a|i))\b(?!\s+(?:of\s+)?(?:the\s+)?(?:\p{Lu}|school|university|college|nursing|medicine|psychology))/iu;
// Inside a quotation, at its start or after a greeting: "hi, my name is …", "its … btw".
const QUOTE_MARK = /["“‘]/;
const SELF_INTRODUCED = /["“‘](?:[^"”“‘’]{0,40}[\s,.!])?(?:my name is|my name's|i am|i'm|this is|it's|its)\s+$/i;
// "the caller said his name was Ger", 'texter signed off as "Brooklyn R."', 'the caller who says she's "Marjorie"':
// the name a caller, a texter or a visitor gives of themselves; and "goes by Bluey", a name someone is known by.
const SELF_NAMED = /\b(?:(?:said|says|gave|gives|told us)\s+(?:his|her|their)\s+name\s+(?:was|is|as)|signed\s+(?:off\s+)?as|calls?\s+(?:himself|herself|themselves)|says\s+(?:she|he)['’]s|said\s+(?:she|he)\s+was)\s*["“'‘]?$/i;
// "Shirley from near Corowa rang 43 times in March": a frequent caller, counted by her calls.
const RANG_TIMES_AFTER = /^[^.;]{0,40}\b(?:rang|rings|called|calls|phoned|phones|texted|texts|contacted us)\s+(?:us\s+|the (?:line|service)\s+)?(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|many|dozens of)\s+times\b/i;
const GOES_BY = /\b(?:goes|went)\s+by\s*["“'‘]?$/i;
const CLIENTS_OWN_AFTER = /^['’]s\s+(?:(?:latest|last|recent|current|weekly|baseline|first|repeat|rising|new)\s+){0,2}(?:PHQ-?9|GAD-?7|K-?10|CORE-?10|EPDS|DASS(?:-?21)?|AUDIT|outcome scores?|scores?\s+(?:on|for|rose|fell|dropped|jumped|went))\b/i;

const QUOTED_NICKNAME = /\b(?:client|caller|resident|patient|service user|young person|tangata whaiora|lad|guy|kid|boy|girl|student|man|woman|regular)\s+(?:as\s+)?["“](\p{Lu}[\p{Ll}\p{M}'’-]{1,20})["”]/gu;

// "3. 'Tink' – young woman, possibly under 18": a quoted street name opening a line or an item, then a dash and who the person is.
const QUOTED_NICKNAME_DESCRIBED = /^[\s*_>|•(\d.)-]*["“'‘](\p{Lu}[\p{Ll}\p{M}-]{1,20})["”'’]\s*(?:[—–]|\s-)\s*(?:a\s+|an\s+)?(?:young\s+|older\s+|elderly\s+|teenage\s+)?(?:woman|man|boy|girl|lad|teen|teenager|kid|guy|gentleman|lady|person|regular|rough sleeper)\b/gu;

/** Quoted names after a word for a client, or before a dash and who the person is, that the name finder did not take for names. */
function quotedNicknames(text: string, found: readonly PersonMention[]): PersonMention[] {
  if (!text.includes('"') && !text.includes('“') && !text.includes("'") && !text.includes('‘')) return [];
  const out: PersonMention[] = [];
  for (const m of [...text.matchAll(QUOTED_NICKNAME), ...text.matchAll(QUOTED_NICKNAME_DESCRIBED)]) {
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/["“'‘]/u));
    const end = start + m[1]!.length;
    if (found.some((p) => p.start < end && start < p.end)) continue;
    out.push({ start, end, text: m[1]!, titled: false, tokens: [m[1]!.toLowerCase()], possessive: false });
  }
  return out;
}

const PLACE_LABEL = /^[\s*_>|•-]*(?:where|location|venue|site|place|setting|room)\s*[:：][^:：\n]*$/i;
// "sup", "supvn", "supervision": how notes write the word, in a title or before whom it was held with.
const SUPERVISION_WORD = String.raw`(?:sup|supn|supv|supvn|supervisions?)`;
export const SUPERVISION_TITLE = new RegExp(String.raw`\b${SUPERVISION_WORD}\b[^\n]{0,60}?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}\.)?(?:,?\s+[A-Z][A-Za-z-]{1,7})?\s*(?:\([^()]{1,20}\)\s*)?(?:w\/|with)\s+(?:Dr\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]+`, 'u');
// "supervision notes – jess tran (MHP, Banksia Grove SC) / aaron fitzgerald": the two people a note's first line says met,
// in any case, with a slash between them.
export const SUPERVISION_PAIR_TITLE = new RegExp(String.raw`\b${SUPERVISION_WORD}\b[^\n]{0,30}?\s[–—:-]\s*\p{L}[\p{L}\p{M}'’-]+(?:\s+\p{L}[\p{L}\p{M}'’-]+)?\s*(?:\([^()]{1,40}\)\s*)?\/\s*(?:Dr\.?\s+)?\p{L}[\p{L}\p{M}'’-]+`, 'iu');
// "group supervision w/ Jules + Oksana", "supervision with Dana": the names right after whom a supervision was held with.
const SUPERVISED_WITH = new RegExp(String.raw`\b${SUPERVISION_WORD}\s+(?:w\/|with)\s+(?:(?:Dr\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]+\s*(?:[+&,]|and)\s*)*(?:Dr\.?\s+)?$`, 'u');
export const INITIAL_AND_SURNAME = /(?<![\p{L}.])(\p{Lu})\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}'’-]{2,}/gu;
const hasColon = (text: string) => text.includes(':') || text.includes('：');
const QUOTED_HEADER = /^[\s>]*\**(?:from|sent by|reply from)\**\s*[:：]/i;

/**
 * Whether a unit is a roster line: "Supervisor: …", "Present: …", or an item
 * in a list under an "Attendees" heading (`listHeading`). "Student:" and
 * "Resident:" introduce a client in one service and a trainee in another:
 * such a line is evidence of neither.
 */
const rosterUnits = new Map<string, { lineText: string; listHeading: string | undefined; roster: boolean }>();

/** rosterLine for a unit, kept by the unit's source (the same string object while the unit is unchanged). */
export function rosterUnit(unit: Unit, lineText: string, listHeading: string | undefined): boolean {
  const hit = rosterUnits.get(unit.source);
  if (hit && hit.lineText === lineText && hit.listHeading === listHeading) return hit.roster;
  const roster = rosterLine(lineText, unit.prose, listHeading);
  remember(rosterUnits, unit.source, { lineText, listHeading, roster });
  return roster;
}

/** Whether a line lists staff ("Supervisor: …", "From: …", "Present: …"); a quoted one ("> From: …") does not. */
export function isRosterLine(line: string): boolean {
  return rosterLine(line, line, undefined);
}

const rosterSpans = new Map<string, [number, number][] | undefined>();

/**
 * The spans, within a paragraph of several lines, of the lines that are roster lines; undefined when there
 * are none. Kept by the paragraph's text: the people pass asks of every such paragraph at every keystroke.
 */
export function rosterLinesWithin(unit: Unit): [number, number][] | undefined {
  if (rosterSpans.has(unit.source)) return rosterSpans.get(unit.source);
  if (!unit.source.includes('\n') && !LABEL_AFTER_STOP.test(unit.source)) return remember(rosterSpans, unit.source, undefined);
  const out: [number, number][] = [];
  let from = 0;
  for (const line of unit.source.split('\n')) {
    if (isRosterLine(line)) out.push([from, from + line.length]);
    else out.push(...rosterClauses(line).map(([a, b]): [number, number] => [from + a, from + b]));
    from += line.length + 1;
  }
  return remember(rosterSpans, unit.source, out.length ? out : undefined);
}

// "Tues 5 March, Education Support Centre. Facilitator: Siobhra Lynch. Present: Fergal Hayes, Marie O'Sullivan.":
// a label after a full stop opens a list of its own, to the next such label or the line's end.
// "Date: Nov 6 · Facilitator: … · Present: …": a middle dot between fields does what a full stop does.
const LABEL_AFTER_STOP = /[.;·]\s+\p{L}[\p{L} ]{1,25}[:：]/u;
const LABEL_AFTER_STOP_ALL = /(?<=[.;·]\s+)\p{L}[\p{L} ]{1,25}[:：]/gu;

function rosterClauses(line: string): [number, number][] {
  const starts = [...line.matchAll(LABEL_AFTER_STOP_ALL)].map((m) => m.index);
  return starts.flatMap((start, i) => {
    const end = starts[i + 1] ?? line.length;
    return isRosterLine(line.slice(start, end)) ? [[start, end] as [number, number]] : [];
  });
}

function rosterLine(lineText: string, prose: string, listHeading: string | undefined): boolean {
  // Every label here ends in a colon or a spaced dash: a line without one, outside a list under a roster heading, is no roster line.
  if (listHeading === undefined && !hasColon(lineText) && !hasColon(prose) && !DASH_LABEL.test(lineText)) return false;
  const ambiguous = CLIENT_LABEL.test(lineText.replace(/[:：].*$/, ':')) || CLIENT_LABEL.test(prose.replace(/[:：][\s\S]*$/, ':'));
  const heading = listHeading?.trim();
  const staffHeading = heading !== undefined && STAFF_HEADING.test(heading) && !CLIENT_LABEL.test(`${heading.replace(/s$/i, '')}:`);
  // "> From: …" in a quoted e-mail is whoever wrote to the service, often a client or their family.
  const quotedHeader = /^\s*>/.test(lineText) && QUOTED_HEADER.test(lineText);
  // "- Interpreter: consider a younger interpreter for sessions with Kevin alone": advice under a label, not a list of
  // people; a list typed in lower case opens with a name ("present: jess, kayla").
  if (hasColon(lineText)) {
    const advice = /^\p{Ll}[\p{Ll}'’-]*/u.exec(lineText.replace(/^[^:：]*[:：][*_\s]*/, ''))?.[0];
    if (advice !== undefined && COMMON.has(advice) && !FIRST_NAMES.has(advice)) return false;
  }
  const roster = !ambiguous && !quotedHeader && (STAFF_LINE.test(lineText) || STAFF_LINE.test(prose) || staffHeading);
  return roster;
}

// Asked for every mention and answered once per text: a sentence naming many people is scanned once.
let familyText: string | undefined;
let familyInText = false;
function hasOwnFamily(text: string): boolean {
  if (text !== familyText) {
    familyText = text;
    familyInText = FAMILY_IN_SENTENCE.test(text);
  }
  return familyInText;
}

function mentionEvidence(text: string, p: PersonMention, staffUnit: boolean, clinical: boolean): MentionEvidence {
  const e: MentionEvidence = { mention: p, clinical, pseudonym: declaredPseudonym(text, p.start, p.end), initial: true, staff: 0, roster: 0, client: 0, clientStrong: 0, relative: 0 };
  // "Mrs Okonjo (Adaeze), 47": a given name in brackets after a title and surname is the same person's.
  // 'client "Dev" (Devendra K.), 22': a quoted short name before a bracket that gives one name is the same person's too.
  const alias =
    p.tokens.length > 1 || (p.titled && TITLE.test(p.text))
      ? (ALIAS_AFTER.exec(text.slice(p.end, p.end + 30)) ?? ALIAS_BEFORE.exec(text.slice(Math.max(0, p.start - 30), p.start)))
      : QUOTED_BEFORE_BRACKET.exec(text.slice(Math.max(0, p.start - 30), p.start));
  const aliasName = p.alias ?? (alias && (alias[1] ?? alias[2])!.toLowerCase());
  // A nickname written inside the name, or quoted beside it, is one even when it is also a word ("Lily", "Bee").
  if (aliasName && (p.alias !== undefined || alias?.[1] !== undefined || !COMMON.has(aliasName)) && !p.tokens.includes(aliasName)) e.alias = aliasName;
  const before = text.slice(Math.max(0, p.start - 80), p.start);
  const after = text.slice(p.end, p.end + 60);
  // What a clause or an aside after the name says: read by the patterns that look past the next few words.
  const further = text.slice(p.end, p.end + 120);
  const lead = text.slice(0, p.start);
  e.initial = /^[\s*_>|•-]*$/.test(lead) || /[|:]\s*$/.test(before);
  // Staff: a roster line, a doctor's title, a credential or a role beside the name.
  const roster = (n: number) => {
    e.staff += n;
    e.roster += n;
  };
  // "cc: Stuart Laidlaw (at Mrs Reid's request)": a name in the possessive on a roster line is whose wish it was, not who is listed.
  // "Present in room: Ngozi (mum), Emeka (dad), Ada (12)": a family in a session is listed as the staff of a meeting are.
  // '(two Jims — Jim R, Jim P. Also note resident "Jimmy" below is neither)': a client noun right before the name, on a line that lists staff.
  if (staffUnit && !p.possessive && !FAMILY_IN_BRACKET.test(after) && !AGE_IN_BRACKET.test(after) && !CLIENT_NOUN_BEFORE.test(before)) roster(3);
  // "Mr Elliot Vance-Moore / Unit 4, 18 Wattle Grove": a name over a street address heads a letter to someone at home.
  // "- Mrs Patricia Vella, 90 Marine Tce, South Fremantle — neighbour rang": a street address written after the name is where the person lives.
  if ((ADDRESS_LINE_AFTER.test(after) && /^[\s*_]*$/.test(text.slice(0, p.start))) || ADDRESS_AFTER_NAME.test(after)) {
    e.client += 3;
    e.clientStrong += 3;
  }
  // "Dear Mrs Reid,": a letter to a member of the public; colleagues are written to by their first names, doctors are known by their title.
  if (p.titled && TITLE.test(p.text) && /\bDear\s*$/.test(before)) e.client += 3;
  // "Sister Ariana, DOB 06/02/2019": a sister with a date of birth or an age is a child's sister, not a senior nurse.
  const sibling = /^Sister\b/.test(p.text) && (AGE_AFTER.test(after) || /^\s*\(?\s*\d{1,2}\s*\)/.test(after));
  const doctor = p.titled && DOCTOR.test(p.text) && !sibling;
  if (sibling) e.relative += 3;
  if (doctor) roster(5);
  // "Jane Ross (Barnardos) presented the new pathway": a bracket between the name and the verb says where the person works.
  const verbAfter = after.replace(/^\s*\((?=\p{Lu})[^()\d]{1,40}\)/u, '');
  const presenter = PRESENTED_SOMEONE.test(verbAfter);
  // "Sunil and Kirra covering in turn": what the pair does, the first of the two does.
  const staffWork = STAFF_VERB.test(verbAfter) || STAFF_VERB.test(verbAfter.replace(PAIR_AFTER, ''));
  if (staffWork || presenter) e.staff += 3;
  if (hasCredential(text, p.end)) roster(3);
  // "the partner, Dean Carver," or "his older sister Mereana, kaumātua Matiu …": a relation right before the name says
  // who the person is; a role word further off, or the next name's, does not.
  // "the HR partner's name ("Roisin Doherty")", "HR partner is Deb Lindqvist": a partner at work is no relation.
  const workPartner = WORK_PARTNER_BEFORE.test(before);
  // "whether little Kayden Morrow should stay with his nan": a child, as a worker speaks of one.
  if (/\blittle\s+$/i.test(before) && !p.titled) {
    e.client += 3;
    e.clientStrong += 3;
  }
  // "the kinship nan for Chloe Vella", "foster carer of Jayden": the child whose relative or carer someone is.
  if (/\b(?:nan|nana|nanna|gran|granny|grandmother|grandfather|grandma|grandad|aunt|aunty|auntie|uncle|carers?|foster carers?|kinship carers?|foster (?:mum|mom|dad|parents?)|guardian)\s+(?:for|of)\s+$/i.test(before)) e.client += 3;
  // "anger outbursts in science w Mr Dimitriou": the teacher of a class.
  if (p.titled && /\b(?:science|maths?|english|history|geography|PE|art|music|drama|class|lessons?|period \d)\s+(?:w\/?|with)\s+$/i.test(before)) roster(2);
  // "Auntie Gloria Point (Elder, Salal House staff)": an Elder called aunt or uncle out of respect, not a relative.
  const elder = /^\s*[(,]\s*(?:an?\s+|our\s+|the\s+)?Elder\b/.test(after);
  if (elder) roster(3);
  const relation = !workPartner && !elder && mayEndWithRelation(before) ? (RELATION_BEFORE.exec(before) ?? RELATION_AFTER_DASH.exec(before) ?? RELATION_DASH_BEFORE.exec(before)) : null;
  if (!relation && nextToRole(text, p.start, p.end)) roster(2);
  if (STAFF_PLACE.test(after)) e.staff += 2;
  // "sit in on Ailsa's alcohol clinic": the clinic of the worker who runs it.
  if (/\b(?:sit|sits|sitting|sat)\s+in\s+on\s+$|\b(?:shadow|shadowing|shadowed|observe|observing|observed)\s+$/i.test(before) && /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:clinics?|groups?|sessions?|caseload|ward round|list|assessments?)\b/u.test(after)) roster(2);
  if (STANDS_IN_AFTER.test(after)) e.staff += 3;
  if (SCHOOL_AFTER_NAME.test(after)) e.client += 2;
  if (FIRM_AFTER_NAME.test(after) || FIRM_BEFORE_NAME.test(before)) roster(2);
  // A client: a client label or noun before the name, an age after it, something that happens to clients.
  const strong = (n: number) => {
    e.client += n;
    e.clientStrong += n;
  };
  if (LIVES_NEAR_AFTER.test(after) || OWN_CLAIM_AFTER.test(after) || SESSION_WITH_BEFORE.test(before)) e.client += 3;
  if (MEMBER_OF_FAMILY_BEFORE.test(before)) strong(3);
  // '"The choir is the only place I'm not a patient." — Marjorie Boateng, … (quoted with permission)': a quotation
  // signed with a name and used with the person's permission, as a service uses its clients' words.
  if (/["”]\s*(?:[—–]|\s-)\s*$/.test(before) && /^[^()\n]{0,80}\(\s*(?:quoted|shared|used|printed|published|reproduced)\s+with\s+(?:(?:her|his|their)\s+)?(?:permission|consent)\s*\)/i.test(further)) strong(3);
  // "Liam wants to read Marshall on therapist features", "see Linehan (1993)": an author a note points to.
  // "Reading: LaVigna & Willis on the multi-element model": the second of two authors too.
  if (/\b(?:read|reading|re-read|reread|see|cf\.?|per|according to)\s*:?\s*(?:\p{Lu}[\p{L}'’-]+\s*(?:&|and)\s*)?$/iu.test(before) && /^(?:\s+(?:on|et al\.?)\b|\s*\(\d{4}\)|['’]s\s+(?:model|work|framework|book|paper|chapter|article|theory)\b)/.test(after)) e.cited = true;
  // "built on Aaron Beck's cognitive model": a full name whose model or method the work follows.
  else if (p.tokens.length > 1 && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:model|theory|framework|protocol|method|approach)\b/u.test(after)) e.cited = true;
  if (COMPLAINANT.test(before)) e.client += 3;
  // "The complainant, Mr Gordon Leach, has written twice": the member of the public who complained.
  else if (/\b(?:the|a|one)\s+complainant\s*[,:(]?\s*$/i.test(before)) e.client += 3;
  // "Mr. Tremblay, a teacher at the La Ronge school, complained that his intake call …": a member of the public's complaint.
  if (p.titled && TITLE.test(p.text) && COMPLAINED_AFTER.test(after)) strong(3);
  // "raised the discharge of Mr Colm Brennan": what happens to a patient in hospital.
  if (CARE_EVENT_OF.test(before)) strong(3);
  // "the referral for Sgt. (ret.) Dwayne Mercer": whom a referral is for.
  // Not "picking up community referrals for Ben": a colleague's referrals, covered.
  if (/\b(?:the|a|this|that|her|his|their)\s+referral\s+(?:for|of)\s+(?:(?:Sgt|Cpl|Pte|Pvt|Lt|Capt|Maj|Col|CPO|PO|Spc|SSgt|Cdr)\.?\s+(?:\(ret\.?\)\s+)?)?$/i.test(before)) strong(3);
  // "Tama Rāwiri was moved … after a relapse and his clozapine restarted", "hit Luis Ortega hardest – he had two falls": a
  // relapse, a fall or a medicine of the person's own.
  if (OWN_TREATMENT_AFTER.test(further)) strong(3);
  // "Janet declared that she is currently under the Bury CMHT", "Dave raised that his own discharge plan was changed":
  // a member who says they are a patient is one, whatever their seats on a committee add up to.
  if (OWN_CARE_AFTER.test(further)) strong(10);
  // "| Morag McKenzie | daughter | 2-month call done |": a bereavement log's or a contact list's relation, in the next cell.
  if (RELATION_CELL_AFTER.test(after)) {
    e.relative += 4;
    e.clientStrong += 3;
  }
  // "Its chair, Mere Paewai, whose son is currently on Tōtara": a patient's parent, whatever their seat.
  if (PATIENTS_FAMILY_AFTER.test(further)) {
    e.relative += 4;
    e.clientStrong += 4;
  }
  // "SAP is Keith Naranjo, NAADAC cert. SAP-40772": a certified or licensed worker.
  if (CERTIFIED_AFTER.test(after)) roster(3);
  if (SPEAKER_BEFORE.test(before) && SERVICE_USER_AFTER.test(text.slice(p.end, p.end + 100))) strong(3);
  // On a placement's roster line, "Learner:" and "Student:" name the trainee.
  if (CLIENT_LABEL.test(before) && !doctor && !(staffUnit && TRAINEE_LABEL_BEFORE.test(before))) {
    if (!STAFF_LINE.test(before.replace(/^.*\n/s, '').trimStart())) strong(4);
  } else if (/\bfull names?\b[^.;]{0,20}$/i.test(before) || /\b(?:surname|family name|last name)\s*[:(]?\s*["“'‘]?$/i.test(before)) strong(4);
  // 'Texter gave first name "tyler"': the name a caller or a texter gives.
  else if (/\b(?:gave|gives|typed|texted|shared|said)\s+(?:(?:her|his|their|a)\s+)?first name\s*(?:as\s*)?[:(]?\s*["“'‘]?$/i.test(before)) strong(3);
  // "a patient, Mr Conor Brennan, absconded": the noun in apposition says who the person is, as "Mr Brennan, a patient," does.
  else if (/\b(?:a|an|the|our|one)\s+(?:(?:young|new|former|current|female|male|older|elderly)\s+)?(?:patient|client|resident|service user|inpatient|consumer)\s*,\s*$/i.test(before)) strong(3);
  // "A client story submitted for the plan: Mr Abdul Wali Sadiqi, …": a client's own account, under their name.
  else if (/\b(?:client|patient|consumer|service user|member|family)\s+(?:story|stories|testimonial|quote|voice|perspective)\b[^.:\n]{0,40}:\s*$/i.test(before)) strong(3);
  // "One of our members, Zanele Mthembu, told the consultation …": one of the people a service is for.
  else if (/\bone of (?:our|the service's|the programme's|the program's)\s+(?:members|clients|patients|service users|residents|tenants|consumers|participants|young people)\s*,\s*$/i.test(before)) strong(3);
  // "Her client is Alison Rewiti, a nurse at Hutt Hospital": said to be a client in so many words, whatever their work.
  // "one practicum student, Kayla Brooks, has missed three supervision sessions": a student on placement is a trainee.
  else if (TRAINEE_STUDENT_BEFORE.test(before)) roster(3);
  else if (lowerCaseNoun(CLIENT_BEFORE.exec(before)) && !(p.possessive && /called\s*$/i.test(before))) {
    if (CLIENT_IS.test(before)) strong(3);
    else e.client += 2;
  }
  else if (CASE_INTRO.test(before) && (clinical || (p.titled && TITLE.test(p.text)))) e.client += p.titled ? 2 : 1;
  // "Rm 6 – baby Mia Alvarez-Reed rooming-in with mother": a baby named in full on a ward's list; not a colleague's
  // new baby in a newsletter ("welcomed baby Isla").
  else if (p.tokens.length > 1 && /\b(?:baby|infant|newborn)\s+$/i.test(before) && !/\b(?:welcom\w*|congratulat\w*|birth of|arrival of|new)\b/i.test(before)) e.client += 2;
  // "the care coordinator's notes on Mr Kieran Doyle": the person a clinical record is about.
  else if (RECORD_ABOUT.test(before)) strong(3);
  // "Jo updated on Kelly Marsden:": minutes give updates on clients, not on colleagues.
  else if (/\bupdated? (?:on|about|re:?|regarding)\s*$/i.test(before)) e.client += 2;
  else if (p.titled && TITLE.test(p.text) && /\b(?:about|concerning|regarding|re:?|for)\s*$/i.test(before)) e.client += 1;
  // '"Pt Hector Alvarez, 03/14/1957, reports …"': a note's abbreviation for the patient.
  if (/(?:^|[\s"“'‘(])(?:Pt|pt)\.?\s*$/.test(before)) strong(3);
  // What follows a name inside a bracket, after a comma or after "and": asked only where one of those follows.
  if (/^\s*[,(]|^\s+(?:and|&)\s/.test(after)) {
    // "Pt Hector Alvarez, 03/14/1957": a date of birth right after the name.
    if (/^\s*[,(]\s*\d{1,2}[/.-]\d{1,2}[/.-](?:19\d\d|200\d)\b/.test(after)) strong(3);
    // "Karen (pt, bed 9)": a bracket that opens with what the person is; not "(Patient Safety Consultant)", a title
    // that opens with the word.
    if (/^\s*\(\s*(?:pt|patient|client|service user|resident|inpatient)\s*(?:[,;)]|\s+(?:in|on|at|bed|room)\b)/i.test(after)) strong(3);
    // "working with Sione and Mele (married 22 yrs, referred by Family Court …)": a bracket of a client's facts after
    // the name, or after the pair the name opens.
    if (CLIENT_FACTS_BRACKET.test(after)) strong(3);
    // "Tegan Hollis, 2nd yr law, ID 300582194": a record number one short clause after the name.
    if (RECORD_NEAR_AFTER.test(after) && !doctor) strong(3);
  }
  // "pending litigation (Estate of Ronald Hensley v. Crossroads Recovery)": a claim brought for someone who has died.
  // "the inquest into the death of Bradley James Cooper": the person a coroner's inquiry is about.
  if (/\bof\s+(?:the late\s+)?$/.test(before) && (/\bEstate of\s+(?:the late\s+)?$/i.test(before) || /\b(?:inquest|inquiry|investigation)\s+(?:into|on)\s+(?:the\s+)?death\s+of\s+(?:the late\s+)?$/i.test(before))) strong(3);
  // "Wâpan Cardinal (born 2008), a youth known to the team": a year of birth, or a person the service knows as one of its own.
  if (/^\s*\(\s*(?:born|b\.)\s+(?:\d{1,2}\s+\p{L}+\s+)?\d{4}\s*\)/u.test(after)) strong(3);
  if (/^\s*(?:\([^()]*\))?\s*,\s*(?:a|an)\s+(?:youth|young person|child|man|woman|boy|girl|teenager|person|adult)\s+(?:known to|open to|on the caseload of|referred to|supported by)\s+(?:the|our)\b/i.test(after)) strong(3);
  if (SUPERVISED_WITH.test(before)) roster(2);
  // "Ms Leah Brandon for the accused objected twice": counsel, named for whom they appear.
  if (/^\s+(?:\([^()]{1,30}\)\s+)?(?:for|representing|acting for|on behalf of)\s+(?:the\s+)?(?:accused|defence|defense|defendant|applicant|respondent|appellant|crown|prosecution|state|people|hospital|trust|health board|detaining authority|secretary of state|ministry)\b/i.test(after)) e.staff += 3;
  // "(Board chaired by Mr Justice Furlong, members Dr Aoife Brannigan and Ms Helen Tierney)": a board's or a panel's members.
  // A club's or a group's "members" are its clients: without a board's or a panel's name, only titled names count.
  const membersBefore = /\b(?:chaired by|(panel |board |committee |tribunal )?members?:?)\s*(?:(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:and|&)\s+)?$/u.exec(before);
  if (membersBefore && (p.titled || membersBefore[1] || /chaired by/i.test(membersBefore[0]))) roster(2);
  // "the on-call rota is already covered by Javier that weekend": whoever covers a colleague's work.
  if (/\b(?:covered by|cover from|covering for|handed over to|on[- ]call(?: is| was| will be)?:?)\s*$/i.test(before)) roster(2);
  // "group co-facilitation with Keisha", "transferring to EIP (Sam Greaves)": a colleague who runs a group with the
  // supervisee, or a team's worker named in brackets after the team.
  if (/\bco-?(?:facilitat\w*|lead(?:s|ing|er)?|work(?:s|ing|er)?|therap\w*)\s+with\s*$/i.test(before) || /(?:\b[A-Z]{2,6}|\b(?:team|service))\s*\(\s*$/.test(before)) roster(2);
  // "booked Mr Vũ from TIS National", "Faadumo Nuur from Twin Cities Language Partners": an interpreter, booked through an agency.
  if (/^\s+(?:\(\w+\)\s+)?from\s+(?:the\s+)?(?:TIS\b|\p{Lu}[\p{L}'’& -]{0,40}\b(?:Language|Languages|Interpreting|Interpreters?|Translation|Translating)\b)/u.test(after)) e.staff += 3;
  // "the Khumalo matter", "the Ouellet file": a client's surname as the name of their case.
  if (!p.possessive && /\bthe\s+$/i.test(before) && CASE_FILE_AFTER.test(after)) strong(3);
  // "review the safety plan with Wade Ostrander at his next session": the person a worker sees in sessions ("their next
  // session" may be the supervisor's and the supervisee's).
  if (/\bwith\s+$/i.test(before) && /^\s+(?:at|in|during)\s+(?:his|her)\s+(?:next|first|last|upcoming|following)\s+(?:session|appointment|review|visit)\b/i.test(after)) strong(3);
  // "Outcome letter to Mr Bowers", "credit Mr Finch's account", "Mrs Glenys Price's calls at night": what a service does for a
  // complainant or a client, and what a member of the public sends it.
  if (p.titled && TITLE.test(p.text) && (/\b(?:outcome letter|apology|apologi[sz]e|refund|reimburse|credit)\s+(?:to\s+)?$/i.test(before) || /^['’]s\s+(?:account|bill|invoice|fees?|refund|complaints?|(?:phone\s+)?calls|letters|e-?mails|voicemails)\b/i.test(after))) e.client += 3;
  const initial = p.tokens.length === 1 ? initialAfter(after) : undefined;
  if (initial) e.initialAfter = initial;
  // "Thandi M., 11": the age after a surname's initial.
  // "(Devendra K.), 22": and after a surname's initial that closes the bracket the name opened.
  const afterBracket = after.replace(NAME_BRACKET, '').replace(/^\s+\p{L}\.(?=,)/u, '').replace(/^\s+\p{L}\.(?=\))/u, /\(\s*$/.test(before) ? '' : '$&');
  // "(both name Ben), 1 about the wait": a bracket closed after the name was opened before other words, and the number is not the person's.
  const bracketClosed = /^\s*\)/.test(after) && !/\(\s*$/.test(before);
  // "2) group co-facilitation with Keisha, 3) documentation": the next item's number, unless a bracket opened before the name.
  const enumerated = /^\s*,\s*\d{1,3}\s*\)/.test(after) && !/\(\s*$/.test(before);
  e.aged = (AGE_AFTER.test(after) && !bracketClosed && !enumerated) || AGE_WORDS.test(after) || AGE_BEFORE.test(before) || AGE_SEX_BEFORE.test(before) || AGE_SEX_AFTER.test(after) || (afterBracket !== after && AGE_AFTER.test(afterBracket));
  // "Harrison P., Year 8 at Redgum": a school year after the surname's initial too.
  const pastInitial = /^ \p{Lu}\.(?!\p{L})/u.test(after) ? after.slice(3) : undefined;
  // "anger outbursts in science w Mr Dimitriou (room 14)": at school a room is a classroom, and whoever is in it may teach there.
  const classroom = /^\s*\(\s*(?:room|rm)\.?\s*\d/i.test(after) && SCHOOL_TALK.test(text);
  if (e.aged || INITIALS_AFTER.test(after) || WHO_WAS_A_CLIENT.test(after) || (SCHOOL_YEAR_OR_BED.test(after) && !classroom) || (pastInitial !== undefined && SCHOOL_YEAR_OR_BED.test(pastInitial)) || RECORD_AFTER.test(after) || RECORD_AFTER.test(afterBracket) || (p.tokens.length > 1 && (RECORD_LABEL_AFTER.test(after) || BARE_NUMBER_AFTER.test(after) || HASH_NUMBER_AFTER.test(after)))) strong(3);
  // "Jill Crook did not attend the meeting": a member absent from a meeting, not a client missing a session.
  // "Skye Robertson (S5), who disclosed self-harm": a relative clause telling what happened to the person says more than a main clause.
  // "Darrell Nickerson (the lobster fisherman from Clark's Harbour I mentioned) relapsed": a long aside in brackets before the verb.
  const aside = /^\s*\([^()]{30,100}\)/.exec(further);
  const afterAside = aside ? text.slice(p.end + aside[0].length, p.end + aside[0].length + 60) : undefined;
  if ((CLIENT_VERB.test(after) || (afterAside !== undefined && CLIENT_VERB.test(afterAside))) && !MEETING_AFTER.test(after) && !presenter) e.client += /^[^,.;]{0,30},\s*who\s/i.test(after) ? 3 : 2;
  else if (CLIENT_EVENT_AFTER_DASH.test(after)) e.client += 2;
  // "used the client's surname (Pretorius)": the name is said to be a client's.
  // "(not the client's real name, Tom's choice)": a denial, and a name in the possessive is whose choice it was.
  if (CLIENT_NAMED.test(before) && !p.possessive && !/\bnot\s+(?:the|her|his|their)\s+client['’]s\s+[\w\s]{0,20}$/i.test(before)) strong(4);
  // "the late Mr. Gordon Ashworth-Bell, who died on our residence unit": someone who died in the service's care.
  if (DIED_IN_CARE.test(after)) strong(3);
  // 'started with the pseudonym "K" then slipped and said Kayla': a name let slip where a pseudonym was meant is the real one.
  // 'slipped in my draft report and wrote "Donal"': a name quoted as the slip is a real one too.
  const slip = /\b(?:slipped|let slip|by mistake|accidentally|inadvertently)\b[^.;]{0,30}\b(?:said|used|wrote|named|called (?:her|him|them))\s*(["“'‘]?)$/i.exec(before);
  if (slip && (slip[1] || /\bpseudonym|initials|real name|de-?identif/i.test(text))) {
    strong(4);
    e.pseudonym = false;
  }
  // "Ms Brennan's PHQ-9 and GAD-7 scores": a person's own scores on a measure are a client's (a worker's own
  // treating clinicians and medication are in the client places, below).
  if (p.possessive && CLIENTS_OWN_AFTER.test(after)) e.client += 2;
  // "whether Mr. Landry's clinician should waive the fee": the person a clinician is assigned to.
  if (p.possessive && /^['’]s\s+(?:own\s+)?(?:clinician|therapist|counsell?or|psychologist|psychiatrist|key ?worker|case manager|care coordinator|care co-ordinator)\b/i.test(after)) e.client += 3;
  // "Ops followed up with Kayla (the texter)": a bracket that says the person is the one the service serves.
  if (CLIENT_IN_BRACKET.test(after)) strong(3);
  // "Mr Tobias Ngata rang …; his counsellor called him back", "Sipho Ndlovu called support from …": someone with a
  // counsellor of their own, or who rang a service's line for help, is one of its clients.
  if (!p.possessive && (OWN_CLINICIAN_AFTER.test(further) || CALLED_FOR_HELP.test(after))) e.client += 2;
  // '"my name is Gordon Thiessen and I want my data deleted"': whoever wrote in, quoted, names themselves.
  if (QUOTE_MARK.test(before) && SELF_INTRODUCED.test(before)) strong(3);
  if (SELF_NAMED.test(before)) strong(3);
  else if (GOES_BY.test(before)) e.client += 3;
  if (RANG_TIMES_AFTER.test(after)) e.client += 3;
  // "I used Imogen's real name": a name that has a real one behind a code or a pseudonym is a client's.
  if (/^['’]s\s+(?:real|actual|full)\s+name\b/i.test(after)) strong(4);
  // "her regular supervision with Marisol Vega": a supervisor, a mentor or a consultant.
  if (/\b(?:supervision|supervisor|consultation|mentoring|preceptorship|line management)\s+(?:session\s+|meeting\s+)?with\s*$/i.test(before)) roster(2);
  // "allocate to Eilidh Fraser", "handed over to Sam": a case goes to a worker.
  // Not "Declan was the nurse allocated to Mr Brennan": a worker allocated to someone is allocated to a patient.
  // "handed to Mei Ling and Callum": each of the workers named.
  if (/\b(?:allocate|allocated|allocating|reallocate|reallocated|assign|assigned|hand(?:ed)? (?:it |the case |them |him |her )?over|handed|handing|transferred|going)\s+to\s*$/i.test(before.replace(CO_NAMED, '')) && !p.possessive && !/\b(?:nurse|worker|clinician|keyworker|therapist|counsell?or|staff member|I|he|she|they|we|was|were|been)\s+(?:(?:primary|named|key|duty|one-to-one|1:1)\s+)?(?:allocated|assigned)\s+to\s*$/i.test(before)) roster(2);
  // "weekly supervision for Priya": the person supervised is a worker.
  if (/\b(?:supervision|preceptorship|induction|appraisal|probation review|mentoring)\s+for\s*$/i.test(before)) roster(2);
  // "Priya in the adult team", "Sanjay from the community team": a worker named by their team.
  // A patient is "in the unit" or "on the ward"; a worker is "from" or "of" one.
  if (WORKER_OF_TEAM.test(after)) e.staff += 3;
  // A name the person asked to be called, noted in a record: "Seun (his preference)".
  if (PREFERRED_NAME.test(after)) e.client += 3;
  // "Mr Gerald Pruitt, whose wife Donna has been attending": a member of the public, told of with their family.
  if (WHOSE_FAMILY.test(after)) e.client += 3;
  // Staff are not named as a family: "the Hendersons cancelled again" is a family the service sees.
  if (p.family) e.client += 3;
  // "the Flanagan family", "the Mbeki family's anger", "the Delacroix-Haines children": a family the service sees, named by its surname.
  // "the Victorian family violence sector", "the Northside family support team": a place's or a service's name before a compound.
  if (/\bthe\s+$/i.test(before) && /^(?:['’]s)?\s+(?:family|families|household|whānau|twins|children|kids|siblings|boys|girls|brothers|sisters)\b(?!\s+(?:violence|law|court|services?|support|therapy|therapists?|work(?:ers?)?|practitioners?|planning|medicine|practice|doctors?|physicians?|centres?|centers?|hubs?|teams?|units?|liaison|partnerships?|safety|group|programmes?|programs?|sector)\b)/i.test(after)) e.client += 3;
  // '"Big Mike" — that's what he asks to be called': the name a client asked for.
  if (/^["”'’]?\s*(?:[—–,(]|\s-)\s*(?:that's|that is|which is|it's)?\s*(?:what|the name|how)\s+(?:he|she|they)\s+(?:asks?|asked|prefers?|likes?|wants?)\s+to\s+be\s+called\b/i.test(after)) strong(3);
  // "Farah Siddiqui — employee at Bow River Energy": someone told of by where they work.
  if (/^\**\s*(?:[—–,(]|\s-)\s*(?:an?\s+)?(?:employee|staff member|worker)\s+(?:at|of|with|for)\s+(?:the\s+)?\p{Lu}/u.test(after)) e.employedElsewhere = true;
  // "Losa, a patient on the unit", "Mr Ruiz, a client of the day programme".
  // "Marcus Tillman, program graduate:": one who finished the service's programme.
  if (CLIENT_APPOSITION.test(after) || SEEN_BY_WORKER_APPOSITION.test(after) || GRADUATE_APPOSITION.test(after)) strong(3);
  // "Mr Nguyen the client is not related to me": the person named as the client, with no comma between.
  else if (/^\s+the\s+(?:client|patient|resident|service user|young person)\b(?!['’]s|\s+(?:services?|liaison|experience|group|forum|panel)\b)/i.test(after)) strong(3);
  // "The man she supported, Lee Harrop,": the person a worker supports, sees or treats, named after the fact.
  if (/\b(?:the|a|one)\s+(?:man|woman|person|young person|client|patient|boy|girl|teenager|resident)\s+(?:(?:she|he|they|we|I)\s+)?(?:had\s+|has\s+been\s+|was\s+)?(?:supported|supporting|saw|seeing|sees|worked with|working with|works with|visited|helped|treated|treating|met)\s*,\s*$/i.test(before)) e.client += 3;
  // "Her report on Noah Fitzgerald went to his school": a report or assessment is written about a client.
  if (/\b(?:(?:court|school|risk|progress|discharge|psychiatric|psychological|pre-sentence|social|incident)\s+)?(?:report|assessment|referral|reports|assessments)\s+(?:on|about|regarding|concerning)\s*$/i.test(before)) e.client += 3;
  // "Next of kin: partner Rhys", "Emergency contact – Mum (Lorraine)": the person a record gives as next of kin.
  if (NEXT_OF_KIN.test(before)) e.relative += 3;
  // "Meet Ms Walker regarding her complaint": the person who complained.
  if (/^\s+(?:about|regarding|re:?|concerning)\s+(?:her|his|their)\s+(?:complaint|concerns?)\b/i.test(after)) e.client += 3;
  // "case-management tasks for Mr LeBlanc and two other older clients": one of the clients.
  if (/^\s+and\s+(?:(?:the|two|three|four|several|a few|some|\d+)\s+)?other\s+(?:[a-z-]+\s+)?(?:clients|patients|residents|service users|young people|consumers|students)\b/i.test(after)) e.client += 3;
  // "with Aoife Brennan and her tutor": a person mentioned with their own teacher, carer or family.
  if (/^\s+and\s+(?:his|her|their)\s+(?:tutor|teacher|mum|mom|mother|dad|father|parents?|carer|partner|children|kids|social worker|caseworker|key worker|GP)\b/i.test(after)) e.client += 2;
  // "Tyler's school", not "Rolland's Family Systems model": the word after the possessive is an ordinary word.
  if (CLIENT_PLACE.test(after) && /^['’]s\s+\p{Ll}/u.test(after)) e.client += 2;
  // "Tanisha's Medicaid ID (PA 4401187732)": a person's own record number.
  if (OWN_RECORD_AFTER.test(after)) strong(3);
  if (CARER_AFTER.test(after)) e.carer = true;
  // "beside her name, Lorna Bighead-Ferris": the person the sentence is about, named.
  if (p.tokens.length > 1 && /\b(?:her|his|their)\s+(?:full\s+|real\s+)?name\s*(?:[,:(]|is|was)\s*["“'‘]?$/i.test(before)) e.client += 2;
  // A client's relative, named.
  // A relation word written with a capital inside a sentence is part of a name ("Rolland's Family Systems model").
  const properNoun = relation && relation.index > 0 && !/^(?:his|her|their|my|our|your)\s/i.test(relation[0]) && /\S/.test(before.slice(0, relation.index).replace(/[\s*_>|•-]+$/, '').slice(-1)) && !/[.:;!?]$/.test(before.slice(0, relation.index).trimEnd());
  // "Marguerite said she had no plan because of her granddaughter Elodie": someone whose own family the sentence mentions.
  // "Trish: On his mother, check his release": a reply's speaker, not the person whose family it is.
  if (!relation && hasOwnFamily(text) && !(e.initial && /^\s*:/.test(after))) e.ownFamily = true;
  // "Hi Trish, I wanted to get this down …": the colleague a message is written to.
  if (!p.titled && p.tokens.length === 1 && /^[\s>*_-]*(?:hi|hey|hello|thanks|thank you|cheers|morning|evening)[\s,]*$/i.test(before) && /^\s*[,—–-]/.test(after)) roster(2);
  // "referred to the patient as Jerome Mattis", "recorded the client as Ms Tui": a record's name for a client.
  if (/\b(?:the|a|our)\s+(?:patient|client|young person|resident|service user|consumer|caller|student)\s+as\s*["“'‘]?$/i.test(before)) strong(3);
  // "- bed 11 kev (kevin marsh) 1:1 obs", "Rm 6: Mrs Tait": a name given after a bed's or a room's number on a ward list.
  // Not "Room 5, Sunil and Kirra covering in turn": who works there.
  if (!staffWork && /(?:^|[-*•|]\s*|[;,]\s+)(?:bed|room|rm|bay|side room)\s*\d{1,3}[a-z]?\s*[:,–—-]?\s*$/i.test(before)) strong(3);
  // "the Head of Service (Patrick Hume)", "the Director of Nursing (Ms Ama Boateng)": a post's holder, in brackets after it.
  if (POST_BEFORE_BRACKET.test(before)) roster(2);
  // "Chloe has agreed her story can be shared with Council".
  if (/^\s+(?:has|had)\s+(?:agreed|consented)\s+(?:that\s+|to\s+)?(?:her|his|their)\s+(?:own\s+)?story\b/i.test(after)) strong(3);
  // "support workers Tayla Nguyen and Sione Fifita": the second of a pair after a plural role.
  if (/\b(?:support workers|workers|nurses|therapists|clinicians|colleagues|facilitators|co-facilitators|supervisors|trainees|interns|staff)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:and|&)\s*$/u.test(before)) roster(2);
  // "the 2023 learning review into Kieran Doyle's placement": whom a review looks into.
  if (/\b(?:review|inquiry|investigation|inquest)\s+into\s+(?:the\s+)?(?:care\s+(?:of|given to)\s+)?$/i.test(before)) strong(3);
  // "Linh's consent to use her story was recorded": whose story a service tells.
  if (/^['’]s\s+(?:written\s+)?(?:consent|permission)\s+to\s+(?:use|share|tell|publish|include)\s+(?:her|his|their)\s+(?:own\s+)?story\b/i.test(after)) strong(3);
  // "Preacher (that's what everyone calls him, legal name Gordon Elkins)": the name behind a street name is a client's.
  if (LEGAL_NAME_BEFORE.test(before)) strong(3);
  // "Mother's real first name ("Kerry-Ann")", "Mrs Hirst, who holds Lasting Power of Attorney": a relative, or one who acts as one.
  // "**Family:** Parents Sione and Mele.": a family label before a name, or before the names of a pair.
  if ((RELATIVE_NAMED.test(before) && !workPartner) || ACTS_FOR.test(after) || PARENTS_OPEN.test(before.replace(PAIR_BEFORE, ''))) e.relative += 3;
  // "their grandparents Bernadette and Tom Dunne": the relation before a pair names the second of the two as well.
  else if (!relation && PAIR_BEFORE.test(before)) {
    const pairLead = before.replace(PAIR_BEFORE, '');
    const pairRelation = mayEndWithRelation(pairLead) ? RELATION_BEFORE.exec(pairLead) : null;
    if (pairRelation && !/^(?:my|our)\s/i.test(pairRelation[0])) e.relative += 3;
  }
  if (workPartner) roster(2);
  // "My partner, Jonas, says …", "my daughter Nia's recital": the writer's own family, unless someone else's words are quoted.
  const writersOwn = relation !== null && /^(?:my|our)\s/i.test(relation[0]) && !insideQuotes(text, p.start);
  const relationAfter = RELATION_AFTER.exec(after);
  if ((relation && !writersOwn && !(properNoun && /\b\p{Lu}\p{Ll}+\s*[,(:]?\s*$/u.test(relation[0].replace(/^(?:his|her|their|your|my|our|a|an|one|the|another|other)\s+/i, '')))) || RELATION_LABEL.test(before) || (!relation && RELATION_OPENS.test(before)) || (relationAfter && !LAW_FIRM_BEFORE.test(before))) {
    e.relative += 3;
    // "Donna MacIsaac (mother of cast member Ethan)": said in so many words to be a relative of someone, whatever else
    // the line lists her as.
    if (relationAfter && /\bof\s*$/i.test(relationAfter[0])) e.clientStrong += 3;
    const owner = relation && !relationAfter ? /^(\p{Lu}[\p{L}\p{M}'’-]*?)['’]s\s/u.exec(relation[0]) : /^\s*[(,]\s*(\p{Lu}[\p{L}\p{M}'’-]*?)['’]s\s/u.exec(after);
    if (owner) e.relativeOf = owner[1]!.toLowerCase();
  }
  return e;
}

// "Mr I. Khan": the initial of a given name written between a title and a surname.
export const GIVEN_INITIAL = /^\S+\s+(\p{Lu})\.\s*\p{Lu}/u;

/** A doctor's or professor's title, a man's, a woman's, or a neutral one. */
export function titleKind(text: string): string | undefined {
  if (/^(?:Dr|Prof|Professor)\b/i.test(text)) return 'doctor';
  if (/^Mr\b/i.test(text)) return 'man';
  if (/^(?:Mrs|Ms|Miss)\b/i.test(text)) return 'woman';
  if (/^Mx\b/i.test(text)) return 'neutral';
  return undefined;
}

/** A client noun written as a word, not as part of a name ("her family", not "Rolland's Family Systems model"). */
function lowerCaseNoun(m: RegExpExecArray | null): boolean {
  if (!m) return false;
  const noun = m[0].replace(/^\s*(?:my|our|her|his|their|the|a|new|main|first|second|third|next|one|another)\s+/i, '');
  return !/^\p{Lu}\p{Ll}/u.test(noun.trim());
}

export const BREAK = /['’-]/;
// "Katarzyna Zielińska (Kasia)", "Thabo Nkosi ('Tee')": a short name the rest of the note uses.
// "(Kasia)", "('Kasia')", '("Jimmy" on the unit)'.
// '"Mossy" (Maurice Brennan, 38, …)': the quoted name the note goes on to use, with the full name in brackets after it.
// '**1. "Smoke"** — Isaiah Trujillo, 17': the quoted name as a label, the full name after a dash.
const QUOTED_BEFORE_BRACKET = /["“‘'](\p{Lu}[\p{Ll}\p{M}'’-]{1,20})["”’']\s*\($/u;
const ALIAS_BEFORE = /["“‘'](\p{Lu}[\p{Ll}\p{M}'’-]{1,20})["”’'](?:\s*\(|[*_]*\s*(?:[—–:]|\s-)\s*)$/u;
// "(goes by Priya)", "(known as Tomek)", "(aka Bec)": the words that introduce the name the note goes on to use.
const ALIAS_AFTER = /^\s*\(\s*(?:(?:goes by|known as|aka|a\.k\.a\.|prefers|prefers to be called|called)\s+)?(?:["“‘'](\p{Lu}[\p{Ll}\p{M}'’-]{1,20})["”’'][^()]{0,40}|(\p{Lu}[\p{Ll}\p{M}'’-]{1,20}))\s*\)/u;

/** The initial written after a word, lower case: "f" in "Declan F. noticed". */
export function initialAfter(rest: string): string | undefined {
  return /^\s+(\p{Lu})\.(?!\p{L})/u.exec(rest)?.[1]?.toLowerCase();
}

export const PSEUDONYM_WORD = /\b(?:pseudonyms?|not (?:her|his|their) real name)\b/i;
// "we agreed to call him "Manu"": a name the note gives the client, in quotes.
// "the young person we agreed to call "Taz"" names no one too.
// "a young man we agreed to refer to as "Stevie"" likewise.
const CALLED_IN_QUOTES = /\b(?:call(?:ing|ed)?\s+(?:(?:him|her|them|the (?:client|patient|young person|child|boy|girl|man|woman))\s+)?|(?:we|agreed to|chose to|decided to|will)\s+refer\s+to\s+(?:(?:him|her|them|the (?:client|patient|young person|child|boy|girl|man|woman))\s+)?as\s+)["“'‘]$/i;

// Most sentences declare no pseudonym: the whole sentence is read for a marker once, before the words around each name are.
const markerCache = new Map<string, boolean>();
function hasPseudonymMarker(text: string): boolean {
  return markerCache.get(text) ?? remember(markerCache, text, pseudonymMarkers.findAll(tokensOf(text)).length > 0);
}

export function declaredPseudonym(text: string, start: number, end: number): boolean {
  if (PLACEHOLDER.test(text.slice(start, end))) return true;
  // 'The "Sizwe" case Lindiwe presented at the June seminar used a pseudonym throughout': a quoted name in a sentence that says it is one.
  if (/["“'‘]\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /^\s*["”'’]/.test(text.slice(end, end + 2)) && /\bpseudonyms?\b(?!\s+(?:was|is)\s+(?:not|dropped|forgotten))/i.test(text) && !/\b(?:slipped|instead of|rather than|real (?:sur|first |full |given )?name|by mistake|accidentally|inadvertently)\b/i.test(text)) return true;
  if (CALLED_IN_QUOTES.test(text.slice(Math.max(0, start - 60), start))) return true;
  // "use the pseudonym throughout, and remove the Achterberg surname": the name the pseudonym stands in for.
  if (/^\s+(?:surname|family name|name)\b/i.test(text.slice(end, end + 15)) || /\b(?:remove|instead of|rather than|in place of|replace)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 20), start))) return false;
  // "presented her client Sophie Lavoie, 19, first year, without a pseudonym": a pseudonym said to be missing.
  if (/\b(?:without|no|never used|forgot(?:\s+to\s+use)?)\s+(?:a\s+|any\s+|the\s+)?pseudonyms?\b/i.test(text.slice(end, end + 60))) return false;
  // In a table row, only the name's own cell declares it: "… when a practitioner is called away | Ms Ebrahim |" does not.
  const from = Math.max(0, start - 50, text.lastIndexOf('|', start) + 1);
  const bar = text.indexOf('|', end);
  return (hasPseudonymMarker(text) && pseudonymMarkers.findAll(tokenize(text.slice(from, Math.min(text.length, end + 60, bar < 0 ? Infinity : bar)))).length > 0) || /^\s*['"’”]?\s*\(?\s*['"‘“]?\s*(?:pseudonym|not (?:her|his|their) real name)/i.test(text.slice(end, end + 30));
}
