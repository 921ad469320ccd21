import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { pathological, readSources } from '/work/main/scripts/bench/corpus.mjs';
const sources = readSources(['/work/shared/corpus', '/work/main/examples', '/work/main/test/fixtures/holdout']);
const shape = pathological(sources, 1).find((s) => s.name === '5,000 table rows');
const t = shape.text;
console.log('has [^', t.includes('[^'), t.length);
for (const fn of [false, true, false]) {
  const s = performance.now();
  fromMarkdown(t, { extensions: fn ? [gfmTable(), gfmFootnote()] : [gfmTable()], mdastExtensions: fn ? [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()] : [gfmTableFromMarkdown()] });
  console.log(fn, (performance.now() - s).toFixed(0), 'ms');
}
