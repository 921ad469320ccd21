import { parseMarkdown } from '../../server/src/engine/parse/markdown';
// @ts-ignore
import { pathological, readSources } from '../bench/corpus.mjs';
const sources = readSources(['/work/shared/corpus', '/work/main/examples', '/work/main/test/fixtures/holdout']);
const shape = pathological(sources, 1).find((s: any) => s.name === '5,000 table rows');
for (let i = 0; i < 3; i++) { const s = performance.now(); parseMarkdown(shape.text); console.log((performance.now() - s).toFixed(0), 'ms'); }
