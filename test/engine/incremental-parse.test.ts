import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze, EvidenceCache, Lexicon } from '../../server/src/engine';
import { IncrementalParser } from '../../server/src/engine/parse/incremental';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { settle } from '../../server/src/engine/parse/positions';
import { rng } from '../helpers';

const BLOCKS = [
  '# Heading one',
  '## Actions',
  'A paragraph about the session with Client R.L. and the plan.',
  'A paragraph that runs\nover two lines without a break.',
  'Setext heading\n--------------',
  '- one item\n- two items\n  - nested item',
  '1. first\n2. second',
  '- loose item\n\n- another loose item',
  '> A quoted line\n> and its continuation.',
  '```\ncode inside\n\nwith a blank line\n```',
  '    indented code',
  '| Item | Who |\n|---|---|\n| Review | Sam |',
  '<!-- clinical-scope-disable-next-line -->',
  '***',
  '**Unit matters:** the team will meet.',
  'Text with a footnote call[^1] and a [link](https://example.org).',
];
const PIECES = ['a', ' ', '\n', '\n\n', '-', '- ', '#', '# ', '|', '```', '>', '> ', '*', '1. ', '---', '    ', 'word ', '<!--', '-->', '\r\n'];
// Definitions change links anywhere, so documents with one are parsed whole: they are added rarely.
const DEFINITIONS = ['[^1]: note', '[ref]: /x'];

function randomDocument(rand: () => number, blocks: number, frontMatter: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < blocks; i++) out.push(BLOCKS[Math.floor(rand() * BLOCKS.length)]!, rand() < 0.8 ? '\n\n' : '\n');
  return (frontMatter ? '---\nscope: supervision\n---\n' : '') + out.join('');
}

function randomEdit(rand: () => number, text: string): string {
  const at = Math.floor(rand() * (text.length + 1));
  const remove = rand() < 0.5 ? 0 : Math.floor(rand() * 6);
  let insert = '';
  for (let n = Math.floor(rand() * 3); n > 0; n--) insert += PIECES[Math.floor(rand() * PIECES.length)];
  if (rand() < 0.01) insert += DEFINITIONS[Math.floor(rand() * DEFINITIONS.length)];
  return text.slice(0, at) + insert + text.slice(Math.min(text.length, at + remove));
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
/** The tree with every kept block's insides moved to where they now are, as a reader asks before reading them. */
const settled = <T extends { children: Parameters<typeof settle>[0][] }>(root: T): T => {
  for (const k of root.children) settle(k);
  return root;
};

describe('incremental parsing', () => {
  it('gives the same tree as a full parse, positions included, over thousands of random edits', function () {
    this.timeout(120_000);
    const rand = rng(20261127);
    let partial = 0;
    let edits = 0;
    for (let doc = 0; doc < 24; doc++) {
      const parser = new IncrementalParser();
      let text = randomDocument(rand, 10 + Math.floor(rand() * 40), rand() < 0.3);
      parser.parse(text);
      for (let i = 0; i < 50; i++) {
        text = randomEdit(rand, text);
        const got = parser.parse(text);
        edits++;
        if (parser.lastParse === 'partial') partial++;
        const full = parseMarkdown(text);
        // The blocks themselves are always where they are; their insides once settled, after one edit or several.
        assert.deepEqual(plain(got.children.map((k) => [k.type, k.position])), plain(full.children.map((k) => [k.type, k.position])), `document ${doc}, edit ${i}: ${JSON.stringify(text)}`);
        if (i % 3 === 2 || i === 49) assert.deepEqual(plain(settled(got)), plain(full), `document ${doc}, edit ${i}: ${JSON.stringify(text)}`);
      }
    }
    // Most edits must really be partial, or this test proves nothing about them.
    assert.ok(partial > edits / 2, `only ${partial} of ${edits} edits were parsed in part`);
  });

  it('re-parses only near a one-character edit in a long document, and parses in full when a definition appears', () => {
    const parser = new IncrementalParser();
    const paragraphs = Array.from({ length: 500 }, (_, i) => `Paragraph ${i} of the policy, about staffing.`);
    let text = paragraphs.join('\n\n') + '\n';
    parser.parse(text);
    text = text.replace('Paragraph 250 of', 'Paragraph 250x of');
    assert.deepEqual(plain(settled(parser.parse(text))), plain(parseMarkdown(text)));
    assert.equal(parser.lastParse, 'partial');
    // The same text again (a configuration change re-checks it) costs no parse at all.
    assert.deepEqual(plain(settled(parser.parse(text))), plain(parseMarkdown(text)));
    assert.equal(parser.lastParse, 'unchanged');
    text = text.replace('Paragraph 300 of', '[staff]: https://example.org\n\nParagraph 300 of');
    parser.parse(text);
    assert.equal(parser.lastParse, 'full');
  });
});

describe('incremental analysis', () => {
  it('finds after each edit exactly what a fresh analysis of the same text finds', function () {
    this.timeout(120_000);
    const rand = rng(7);
    const folder = path.join(__dirname, '..', '..', 'examples');
    const words = ['the board approved the budget', 'Client R.L. disclosed self-harm', '\n\n', '\n- ', '# Budget\n\n', 'we reflected on the session', '. ', '| x | y |\n', '\n\n<!-- clinical-scope-disable-next-line -->\n', ' <!-- a note --> ', 'Rose Whitfield, 47, '];
    for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.md')).slice(0, 4)) {
      let text = fs.readFileSync(path.join(folder, name), 'utf8');
      const parser = new IncrementalParser();
      analyze(text, { fileName: name, parser });
      for (let i = 0; i < 25; i++) {
        const at = Math.floor(rand() * text.length);
        text = text.slice(0, at) + words[Math.floor(rand() * words.length)] + text.slice(at + Math.floor(rand() * 3));
        const edited = analyze(text, { fileName: name, parser });
        const fresh = analyze(text, { fileName: name, cache: new EvidenceCache(new Lexicon()) });
        assert.deepEqual(edited.diagnostics, fresh.diagnostics, `${name}, edit ${i}`);
        assert.deepEqual(edited.document.units, fresh.document.units, `${name}, edit ${i}`);
        assert.deepEqual(edited.document.comments, fresh.document.comments, `${name}, edit ${i}`);
        assert.deepEqual(edited.suppressions.map((x) => x.directive), fresh.suppressions.map((x) => x.directive), `${name}, edit ${i}`);
        assert.deepEqual(edited.pillars, fresh.pillars);
      }
    }
  });
});
