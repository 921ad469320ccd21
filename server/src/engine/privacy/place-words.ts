import { remember } from '../cache-limit';
import type { ParsedDocument } from '../parse/document';
import { alternationOf } from '../text/alternation';
import { STREET_TYPES } from '../text/street-types';
import { cellsUnder } from './table-columns';

/**
 * Words a document shows to be the names of places: a ward, a town, a site.
 * Many of them are also given names ("Rowan Ward", "Cody, Wyoming"), and a
 * place named alone later ("two wards (Ettrick, 12 male; …)", "the drive to
 * Moree") is then no person.
 */

// A capitalised word that is not in the possessive.
const WORD = String.raw`(\p{Lu}[\p{Ll}\p{M}-]{2,})(?!['’\p{L}\p{M}])`;
// "Ettrick Ward", "Moree outreach", "Thermopolis base": a word before what a place in a service is. The place's word is
// found first and the name read back from it: a search that tried a capital at every letter would cost far more.
const PLACE_NOUN_AT = /\s(?:Ward|Wing|Unit|ward|wing|outreach|Outreach|office|base|Base|hub|Hub|site|Site|campus|Campus|township|Township|district|District)\b/g;
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}'’-])${WORD}\\s*$`, 'u');
// "14 Frome St Moree", "2 Ross Street, Lennox Head": the town after a street address.
const LOCALITY = new RegExp(String.raw`\b\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}${STREET_TYPES}\.?,?\s+${WORD}`, 'gu');
// "in the car between Boggabilla and Moree": the two ends of a journey.
const JOURNEY = new RegExp(String.raw`\b(?:car|drive|driving|drove|driven|travel\w*|road|trip|route|commute|km|kilometres|kilometers|miles|halfway|bus|train|flight|flew)\b[^.;\n]{0,30}\bbetween\s+${WORD}\s+(?:and|&)\s+${WORD}`, 'gu');
// "across Gqeberha (5) and Makhanda (3)": the places a service's work is spread over.
const ACROSS = new RegExp(String.raw`\bacross\s+(?:the\s+)?${WORD}(?:\s*\([^()\n]{0,20}\))?(?:\s*(?:,|and|&)\s*${WORD})?`, 'gu');
// "over two wards (Ettrick, 12 male; Yarrow, 12 mixed)", "sites: Kew, Bundoora and Preston": places listed after what they are.
const LISTED = /\b(?:wards|units|sites|towns|offices|bases|hubs|campuses|clinics|localities|communities|branches)\b[^(:\n]{0,20}[(:]([^)\n]{0,160})/gi;
const LISTED_WORD = new RegExp(String.raw`(?:^\s*|[,;]\s*|\b(?:and|&)\s+)${WORD}`, 'gu');
// "| Location |", "| Site |", "| Ward |": a column of places.
const PLACE_COLUMN = /^(?:locations?|sites?|bases?|towns?|city|cities|suburbs?|wards?|regions?|areas?|offices?|county|counties|districts?|locality|localities|campus|hubs?|service locations?|work locations?)$/i;

const byUnit = new Map<string, readonly string[]>();

/**
 * Which of `candidates` (lower case) `doc` uses as places' names. Only the blocks that hold one of them are read:
 * most documents name few people by one word alone, and most blocks none of those.
 */
export function placeWords(doc: ParsedDocument, candidates: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!candidates.size) return out;
  // A place's name is written with its capital in every frame below: a plain search for the capitalised words is fast
  // (a block it finds by mistake is only read for nothing).
  const holds = new RegExp(alternationOf([...candidates].map((c) => c[0]!.toUpperCase() + c.slice(1))));
  for (const unit of doc.units) {
    if (!holds.test(unit.source)) continue;
    let words = byUnit.get(unit.source);
    if (!words) words = remember(byUnit, unit.source, placesIn(unit.source));
    for (const w of words) out.add(w);
  }
  return out;
}

function placesIn(text: string): readonly string[] {
  // Each pattern is tried only where its own words are ("community" holds "unit"): most blocks name no place in any of these ways.
  let out: string[] | undefined;
  const take = (pattern: RegExp) => {
    for (const m of text.matchAll(pattern)) for (let i = 1; i < m.length; i++) if (m[i]) (out ??= []).push(m[i]!.toLowerCase());
  };
  for (const m of text.matchAll(PLACE_NOUN_AT)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (name) (out ??= []).push(name[1]!.toLowerCase());
  }
  if (HOUSE_NUMBER.test(text) && STREET_WORD.test(text)) take(LOCALITY);
  if (text.includes('between')) take(JOURNEY);
  if (text.includes('across')) take(ACROSS);
  if (LIST_NOUN.test(text)) for (const list of text.matchAll(LISTED)) for (const m of list[1]!.matchAll(LISTED_WORD)) (out ??= []).push(m[1]!.toLowerCase());
  return out ?? NONE;
}

const NONE: readonly string[] = [];
const HOUSE_NUMBER = /\d[A-Za-z]?\s+\p{Lu}/u;
const STREET_WORD = new RegExp(`\\s${STREET_TYPES}\\b`);
const LIST_NOUN = /\b(?:wards|units|sites|towns|offices|bases|hubs|campuses|clinics|localities|communities|branches)\b[^(:\n]{0,20}[(:]/i;

/** The cells under a column of places ("| Location |", "| Site |"). */
export function placeCells(doc: ParsedDocument): { start: number; end: number }[] {
  return cellsUnder(doc, (h) => PLACE_COLUMN.test(h.replace(/[*_`]/g, '').trim()), (text) => text.length > 0);
}
