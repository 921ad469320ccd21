import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, mergeConfig, parseConfig, parseTemplate, type AnalysisResult } from '../../server/src/engine';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { anyConfig, anyDocument, anyTemplate } from './arbitraries';

/**
 * Properties of the engine over generated and mutated input. `npm test` runs
 * a short, fixed-seed pass; `npm run fuzz` a long one (FUZZ_RUNS, default
 * 5,000 per property) from a new seed that it prints. A failure prints its
 * seed and path: FUZZ_SEED=… FUZZ_PATH=… npm run fuzz replays it.
 */
const LONG = process.env.FUZZ_RUNS !== undefined;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : LONG ? Date.now() % 2 ** 31 : 20_261_127;
const PATH = process.env.FUZZ_PATH;
const params = { numRuns: RUNS, seed: SEED, ...(PATH ? { path: PATH } : {}), endOnFailure: true };
if (LONG) console.log(`fuzzing with FUZZ_SEED=${SEED}, ${RUNS} runs per property`);

/**
 * An analysis may cost at most this many times parsing the same text as
 * Markdown, plus a constant for short texts, where timings are noise. The
 * parser's own cost is bounded by the document limits.
 */
const TIME_RATIO = 60;
const TIME_SLACK_MS = 150;

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/**
 * Whether `run` keeps within the ratio to parsing `text`. A slow first try is
 * measured twice more and the fastest kept: a garbage collection or another
 * process can stall one run, but a costly input is slow every time.
 */
function assertBounded(text: string, run: () => unknown, what: string): void {
  let worst = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const [, parse] = timed(() => parseMarkdown(text));
    const [, spent] = timed(run);
    if (spent <= TIME_RATIO * parse + TIME_SLACK_MS) return;
    worst = `${what} took ${spent.toFixed(0)} ms, parsing ${parse.toFixed(0)} ms`;
  }
  assert.fail(worst);
}

function assertRangesInside(text: string, result: AnalysisResult): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of result.diagnostics) {
    const { start, end } = d.range;
    assert.ok(start.line >= 0 && start.line < lines.length, `${d.code} starts on line ${start.line} of ${lines.length}`);
    assert.ok(end.line >= start.line && end.line < lines.length, `${d.code} ends on line ${end.line}`);
    assert.ok(start.character >= 0 && start.character <= lines[start.line]!.length, `${d.code} starts past its line`);
    assert.ok(end.character <= lines[end.line]!.length, `${d.code} ends past its line`);
    assert.ok(end.line > start.line || end.character >= start.character, `${d.code} ends before it starts`);
  }
}

const fingerprint = (r: AnalysisResult) => JSON.stringify([r.kind, r.diagnostics, r.pillars]);

describe('fuzzing the engine', function () {
  this.timeout(LONG ? 0 : 120_000);
  // The first analysis loads word lists and the name finder: not a cost of any one input.
  before(() => analyze('# Notes\n\nWe discussed the budget with the client, Maria Lopez.\n', { fileName: 'notes.md' }));

  it('a document never makes it throw, keeps every range inside, gives the same answer twice, in bounded time', () => {
    fc.assert(
      fc.property(anyDocument, fc.constantFrom('notes.md', 'plan.supervision.md', 'leave.policy.md'), (text, fileName) => {
        const first = analyze(text, { fileName });
        assertRangesInside(text, first);
        assert.equal(fingerprint(analyze(text, { fileName })), fingerprint(first), 'deterministic');
        assertBounded(text, () => analyze(text, { fileName }), 'analysis');
      }),
      params,
    );
  });

  it('suppression comments only ever remove findings', () => {
    const off = mergeConfig([], {}, { inlineConfig: false });
    fc.assert(
      fc.property(anyDocument, (text) => {
        const withComments = analyze(text, { fileName: 'notes.md' }).diagnostics.filter((d) => !d.code.endsWith('-suppression'));
        const without = new Set(analyze(text, { fileName: 'notes.md', config: off }).diagnostics.map((d) => JSON.stringify(d)));
        for (const d of withComments) assert.ok(without.has(JSON.stringify(d)), `${d.code} appears only with suppressions`);
      }),
      params,
    );
  });

  // Team templates and configurations are the team's own text, not clinical notes: their messages may quote them.
  it('no message about a document repeats a word of it that is not a rule or cue', () => {
    const secret = fc.stringMatching(/^Q[bcdfghjklmnpqrstvwxz]{5,9}$/);
    fc.assert(
      fc.property(anyDocument, secret, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (text, word, places) => {
        let withWord = text;
        for (const at of places) {
          const i = at % (withWord.length + 1);
          withWord = `${withWord.slice(0, i)}${word}${withWord.slice(i)}`;
        }
        for (const d of analyze(withWord, { fileName: 'notes.md' }).diagnostics) {
          assert.ok(!d.message.includes(word) && !JSON.stringify(d.data ?? {}).includes(word), `${d.code} repeats it: ${d.message}`);
        }
      }),
      params,
    );
  });

  it('a team configuration never makes parsing, merging or checking throw', () => {
    fc.assert(
      fc.property(anyConfig, anyDocument, (configText, text) => {
        const parsed = parseConfig(configText);
        assertRangesInside(configText, analyze(configText, { as: 'config' }));
        const config = mergeConfig([{ config: parsed.config, base: '/team', source: '/team/.clinical-scope.yaml' }]);
        assertRangesInside(text, analyze(text, { fileName: '/team/notes/a.md', config }));
        assertBounded(text, () => analyze(text, { fileName: '/team/notes/a.md', config }), 'analysis');
      }),
      params,
    );
  });

  it('a team template never makes reading or checking it throw, and is read in bounded time', () => {
    fc.assert(
      fc.property(anyTemplate, (text) => {
        assertRangesInside(text, analyze(text, { as: 'template' }));
        assertBounded(text, () => parseTemplate(text, 'x.md'), 'reading the template');
      }),
      params,
    );
  });
});
