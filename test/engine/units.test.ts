import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/parse/document';
import { lines } from '../helpers';

const prose = (text: string) => parseDocument(text).units.map((u) => [u.type, u.prose.trim().replace(/\s+/g, ' ')]);

describe('document units', () => {
  it('splits headings, paragraphs, list items, table rows and block quotes', () => {
    const text = lines('# Title', '', 'A paragraph.', '', '- one', '- two', '  - nested', '', '| a | b |', '|---|---|', '| c | d |', '', '> quoted');
    assert.deepEqual(prose(text), [
      ['heading', 'Title'],
      ['paragraph', 'A paragraph.'],
      ['listItem', 'one'],
      ['listItem', 'two'],
      ['listItem', 'nested'],
      ['tableHeader', 'a b'],
      ['tableRow', 'c d'],
      ['blockquote', 'quoted'],
    ]);
  });

  it('never treats front matter, code in a named language, inline code, HTML comments or URLs as prose', () => {
    const text = lines(
      '---',
      'scope: supervision',
      '---',
      'Budget `budget` <!-- budget --> see https://example.org/budget and [the budget page](https://example.org).',
      '',
      '```yaml',
      'budget: 1',
      '```',
    );
    const units = parseDocument(text).units;
    assert.equal(units.length, 1);
    assert.equal(units[0]!.prose.trim().replace(/\s+/g, ' '), 'Budget see and the budget page .');
  });

  it('reads text pasted with an indent or between plain fences as quoted paragraphs, at their own offsets', () => {
    const text = lines('Pasted:', '', '    Patient: Corey Maddock', '    DOB: 03/09/1995', '', '    Seen in clinic.', '', '```text', 'Next of kin: Gail', '```');
    const units = parseDocument(text).units.slice(1);
    assert.deepEqual(
      units.map((u) => [u.type, u.source]),
      [
        ['blockquote', 'Patient: Corey Maddock\n    DOB: 03/09/1995'],
        ['blockquote', 'Seen in clinic.'],
        ['blockquote', 'Next of kin: Gail'],
      ],
    );
    for (const u of units) assert.equal(text.slice(u.start, u.end), u.source);
  });

  it('keeps prose offsets equal to source offsets', () => {
    const text = lines('Intro', '', '- **Bold** item with `code` and more');
    const doc = parseDocument(text);
    for (const u of doc.units) {
      assert.equal(u.prose.length, u.end - u.start);
      for (let i = 0; i < u.prose.length; i++) if (u.prose[i] !== ' ') assert.equal(u.prose[i], text[u.start + i]);
    }
  });

  it('records the headings a unit sits under, bold pseudo-headings included', () => {
    const text = lines('# Notes', '', '## Cases', '', 'Case text.', '', '**Unit matters**', '', '- Budget item', '', '## Plan', '', 'Plan text.');
    const units = parseDocument(text).units.filter((u) => u.type !== 'heading');
    assert.deepEqual(
      units.map((u) => u.headings),
      [['Notes', 'Cases'], ['Notes', 'Cases', 'Unit matters'], ['Notes', 'Plan']],
    );
  });

  it('keeps positions exact in CRLF files with tabs and astral characters', () => {
    const text = '# T\r\n\r\n😀\tOne sentence. Two sentence.\r\n';
    const doc = parseDocument(text);
    const para = doc.units.find((u) => u.type === 'paragraph')!;
    const second = para.sentences[1]!;
    assert.equal(text.slice(second.start, second.end), 'Two sentence.');
    assert.deepEqual(doc.lines.positionAt(second.start), { line: 2, character: 17 });
  });

  it('reports front matter that is opened but never closed', () => {
    const doc = parseDocument(lines('---', 'scope: supervision', '', '# Notes'));
    assert.equal(doc.frontMatter, undefined);
    assert.equal(doc.frontMatterProblems.length, 1);
  });

  it('gives units with the same text the same key wherever they sit', () => {
    const a = parseDocument(lines('# H', '', 'Same text here.')).units[1]!;
    const b = parseDocument(lines('# H', '', 'Other.', '', 'Same text here.')).units[2]!;
    assert.equal(a.key, b.key);
    assert.notEqual(a.start, b.start);
  });
});
