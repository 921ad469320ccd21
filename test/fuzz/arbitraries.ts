import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/**
 * Generators of hostile input: documents, team configurations and templates
 * built from the pieces that drive the parser and the rules (markup, front
 * matter, suppression comments, cue phrases, identifiers), from random text,
 * and from the examples with random edits.
 */

const MARKUP = ['# ', '## ', '- ', '1. ', '> ', '    ', '\t', '```', '~~~', '---', '***', '|', '| --- |', '*', '**', '_', '`', '[', ']', '(', ')', '![', '<', '>', '<!--', '-->', '\\', '&amp;', '[^1]', '[^1]: ', 'http://x.org'];
const BREAKS = ['\n', '\n\n', '\r\n', '\r', ' ', '  \n'];
const FRONT = ['---\n', 'scope: ', 'supervision', 'leadership', 'type: session-note', 'title: ', ': ', '&a ', '*a', '{', '[', '"', "'", '!tag '];
const DIRECTIVES = ['<!-- clinical-scope-disable-next-line ', '<!-- clinical-scope-disable-line ', '<!-- clinical-scope-disable ', '<!-- clinical-scope-enable ', '<!-- clinical-scope-disable-file ', 'privacy/client-identifier', 'scope/leadership-in-supervision', 'scope', ' -- ', ' -->'];
const WORDS = ['The board approved the budget', 'hiring freeze', 'vacant posts', 'strategic plan', 'the client', 'her panic', 'role-play', 'exposure rationale', 'supervisee', 'Supervisor:', 'caseload', 'We discussed', 'She will bring a recording', 'next week', 'policy', 'Maria Lopez', 'Mrs. Okafor', 'DOB 03/14/1988', '555-0134', 'maria@example.org', 'MRN 123456', '12 Harbor Street', 'Client A.B., 34'];
const ODD = ['\u0000', '\u001b[31m', '\uFEFF', '\u200b', '\u202e', '\uD83D\uDE00', '\uD800', 'é', 'ß', '𝒳', '\u0085', '\u2028'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MARKUP, ...BREAKS) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...FRONT, ...DIRECTIVES, ...ODD) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** A document from pieces, sometimes with front matter, sometimes with a run repeated (nesting, long lines). */
export const generatedDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.array(fc.constantFrom(...FRONT, ...WORDS, ...BREAKS), { maxLength: 12 }).map((p) => `---\n${p.join('')}\n---\n`)),
    fc.array(piece, { maxLength: 80 }),
    fc.option(fc.tuple(fc.constantFrom('> ', '- ', '*', '[', '${1:', '    - ', '| a '), fc.integer({ min: 2, max: 60 }))),
  )
  .map(([front, body, run]) => (front ?? '') + body.join('') + (run ? run[0].repeat(run[1]) + ' x' : ''));

const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'examples');
const examples = fs
  .readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8'));

/** An example document with random slices deleted, duplicated or replaced. */
export const mutatedDocument: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.oneof(piece, fc.constant(''), fc.constant('<dup>'))), { maxLength: 8 }))
  .map(([text, edits]) =>
    edits.reduce((t, [at, length, insert]) => {
      const start = at % (t.length + 1);
      const end = Math.min(t.length, start + length);
      return t.slice(0, start) + (insert === '<dup>' ? t.slice(start, end).repeat(2) : insert) + t.slice(end);
    }, text),
  );

export const anyDocument = fc.oneof(generatedDocument, mutatedDocument);

const CONFIG_PIECES = ['rules:\n', 'kinds:\n', 'ignore:\n', 'cues:\n', 'organisation:\n', 'sensitivity: ', 'move:\n', 'folder: ', 'sections:\n', 'templates: ', 'suppressions:\n', 'requireReason: true', 'root: true', 'inlineConfig: false', '  ', '- ', ': ', '"*a*a*a*x"', "'**/x/**'", 'notes/**', '{a,b}', '[abc', 'supervision', 'leadership', 'off', 'error', 'scope/unknown-kind', 'budget-finance', '*', '<num>', '=word', '&h ', '*h', '<<: ', '[', ']', '{', '}', ',', '\n', '!!binary ', '%YAML 1.2\n', '---\n', '...\n', '#'];

/** A team configuration: fragments of YAML (aliases, merges, globs, word lists) or random JSON. */
export const anyConfig: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...CONFIG_PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('organisation', 'ignore'), fc.integer({ min: 1, max: 200 })).map(([key, n]) => `${key}: [&h Harbor House, ${Array(n).fill('*h').join(', ')}]\n`),
  fc.json({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom('rules', 'kinds', 'ignore', 'cues', 'organisation', 'sensitivity', 'move', 'sections', 'templates', 'root'), fc.jsonValue({ maxDepth: 3 })).map((o) => JSON.stringify(o)),
);

const SNIPPET = ['$1', '$0', '${1:', '${2|a,b|}', '${TM_FILENAME}', '${CURRENT_YEAR}', '$CURRENT_DATE', '}', '\\$', '\\}', '$', '{', ':', '|', ',', '\n', '# ', '- '];

/** A team template: front matter (sometimes broken) and a body of snippet syntax. */
export const anyTemplate: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom('name: Session note\n', 'prefix: session\n', 'kind: supervision\n', 'kind: nope\n', 'description: x\n', 'prefix: two words\n', ': \n', '[\n'), { maxLength: 5 }),
    fc.array(fc.oneof(fc.constantFrom(...SNIPPET), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 50 }),
    fc.option(fc.integer({ min: 2, max: 40 })),
  )
  .map(([front, body, depth]) => `---\n${front.join('')}---\n${body.join('')}${depth ? '${1:\n'.repeat(depth) : ''}`);
