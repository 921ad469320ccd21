import assert from 'node:assert/strict';
import { chunkCuts } from '../../server/src/engine/parse/chunks';
import { parseMarkdown, parseStretches } from '../../server/src/engine/parse/markdown';
import { rng } from '../helpers';

// Blocks that a blank line does not end, or that read differently when cut off from what comes before them.
const BLOCKS = [
  '# Heading one',
  'A paragraph about the session with Client R.L. and the plan.',
  'Setext heading\n--------------',
  '- one item\n- two items\n  - nested item',
  '- loose item\n\n- another loose item\n\n  with a second paragraph',
  '1. first\n\n2. second',
  '> A quoted line\n\n> and another quote.',
  '> - a quoted item\n> - another\n\n> > - nested deeper\nwith a lazy line',
  '> A quote with\n> > a quote inside\n\n>\n> - item',
  '- an item\n  > with a quote\n\n> and one after',
  '```\ncode inside\n\nA line at the first column\n```',
  '~~~~md\ntext\n\n```\nstill code\n~~~~',
  '  ```\nindented fence\n\nPlain words\n  ```',
  '    indented code\n\n    more code',
  '| Item | Who |\n|---|---|\n| Review | Sam |',
  '<!-- a comment\n\nPlain words inside it\n-->',
  '<!-- one line -->',
  '<div>\nhtml\n\nPlain words after\n</div>',
  '***',
  '**Unit matters:** the team will meet.',
  '* starred item\n\n* another',
  'Text with a [link](https://example.org) and `code`.',
  '---',
];
// Each of these makes the text reach across any cut, so it is parsed whole.
const WHOLE = ['[^1]: a note', '[ref]: /x', '<pre>\n\nPlain\n</pre>'];
const SEPARATORS = ['\n', '\n\n', '\n\n\n', '\r\n\r\n', '\n \n'];

function document(random: () => number, blocks: number, whole: boolean): string {
  let text = random() < 0.3 ? '---\ntitle: x\n---\n\n' : '';
  for (let i = 0; i < blocks; i++) {
    text += BLOCKS[Math.floor(random() * BLOCKS.length)]! + SEPARATORS[Math.floor(random() * SEPARATORS.length)]!;
    if (whole && random() < 0.02) text += WHOLE[Math.floor(random() * WHOLE.length)]! + '\n\n';
  }
  return text;
}

/** The tree without the `data` fields, as it serialises. */
const plain = (tree: unknown) => JSON.parse(JSON.stringify(tree));

describe('parsing a long document a stretch at a time', () => {
  it('gives the same tree, positions included, as parsing it whole, wherever it is cut', function () {
    this.timeout(30_000);
    let cutsSeen = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = rng(seed);
      const text = document(random, 10 + Math.floor(random() * 60), seed % 3 === 0);
      const cuts = chunkCuts(text, 1 + Math.floor(random() * 4));
      cutsSeen += cuts.length;
      assert.deepEqual(plain(parseStretches(text, cuts)), plain(parseMarkdown(text)), `seed ${seed}`);
    }
    assert.ok(cutsSeen > 300, `only ${cutsSeen} cuts were tried`);
  });

  it('cuts only after a blank line, before a line that starts a block of its own', () => {
    const text = ['Para one.', '', '- item', '', 'Para two.', '', '> quote', '', '```', 'code', '', 'Code line.', '```', '', '# Heading', ''].join('\n');
    const starts = chunkCuts(text, 1).map((at) => text.slice(at).split('\n')[0]);
    assert.deepEqual(starts, ['Para two.', '> quote', '# Heading']);
  });

  it('parses quotes separated by blank lines in stretches, so their cost grows with their number, not its square', () => {
    const text = Array.from({ length: 400 }, (_, i) => `> > - quoted item ${i} about the plan`).join('\n\n') + '\n';
    assert.ok(chunkCuts(text).length >= 10);
    assert.deepEqual(plain(parseMarkdown(text)), plain(parseStretches(text, [])));
  });

  it('cuts no further once raw HTML holds a fence mark, which only a parse can read', () => {
    const text = 'Para one.\n\nPara two.\n\n<div>\n```\n\nPara three.\n\n```\n\nPara four.\n';
    assert.deepEqual(chunkCuts(text, 1).map((at) => text.slice(at).split('\n')[0]), ['Para two.']);
    assert.deepEqual(plain(parseStretches(text, chunkCuts(text, 1))), plain(parseMarkdown(text)));
  });

  it('does not cut inside front matter, nor a text whose front matter is never closed', () => {
    const closed = '---\ntitle: x\n\nnotes: y\n---\n\nPara one.\n\nPara two.\n';
    assert.deepEqual(chunkCuts(closed, 1).map((at) => closed.slice(at).split('\n')[0]), ['Para one.', 'Para two.']);
    assert.deepEqual(chunkCuts('---\ntitle: x\n\nPara one.\n\nPara two.\n', 1), []);
  });

  it('does not cut a text whose definitions or raw HTML reach across blank lines', () => {
    for (const extra of WHOLE) {
      const text = `Para one.\n\nPara two.\n\n${extra}\n\nPara three.\n`;
      assert.deepEqual(chunkCuts(text, 1), [], extra);
    }
  });

  it('parses a long document in stretches through the parser itself', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} about the plan for the team.\n`).join('\n');
    assert.ok(text.length > 40_000 && chunkCuts(text).length > 5);
    const root = parseMarkdown(text);
    assert.equal(root.children.length, 3000);
    const last = root.children.at(-1)!;
    assert.equal(last.position?.start.line, 5999);
    assert.equal(text.slice(last.position!.start.offset, last.position!.end.offset), 'Paragraph 2999 about the plan for the team.');
  });
});
