import assert from 'node:assert/strict';
import path from 'node:path';
import { analyze, mergeConfig } from '../../server/src/engine';
import { AnalysisRunner, SupersededError } from '../../server/src/lsp/analysis-runner';
import type { Logger } from '../../server/src/lsp/logger';
import { ROOT } from '../cli/run-cli';

const quiet = { error() {}, debug() {}, info() {} } as unknown as Logger;
const job = (text: string) => ({ key: 'file:///a.md', text, fileName: '/a.md', config: mergeConfig([]), as: 'document' as const });

describe('the analysis thread of the language server', () => {
  for (const [where, script] of [
    ['in a worker thread', path.join(ROOT, 'dist', 'analysis-worker.js')],
    ['in the server thread', ''],
  ] as const) {
    it(`answers two waiting requests for the same text with one analysis (${where}), so that callers never supersede each other for ever`, async () => {
      const runner = new AnalysisRunner(quiet, script);
      try {
        const busy = runner.run({ ...job('# Other\n\nSomething else.'), key: 'file:///b.md' });
        const first = runner.run(job('---\nscope: supervision\n---\n\nThe board approved a hiring freeze.'));
        const second = runner.run({ ...job('---\nscope: supervision\n---\n\nThe board approved a hiring freeze.'), config: mergeConfig([]) });
        const [a, b] = await Promise.all([first, second, busy]);
        assert.equal(a, b);
        assert.equal(a.kind.kind, 'supervision');
      } finally {
        runner.dispose();
      }
    });

    it(`supersedes a waiting request for older text (${where})`, async () => {
      const runner = new AnalysisRunner(quiet, script);
      try {
        const busy = runner.run({ ...job('# Other\n\nSomething else.'), key: 'file:///b.md' });
        const older = runner.run(job('Old text.'));
        const newer = runner.run(job('New text.'));
        await assert.rejects(older, SupersededError);
        assert.equal((await newer).document.text, 'New text.');
        await busy;
      } finally {
        runner.dispose();
      }
    });
  }

  it('sends each version of a text as it differs from the last, and every version arrives whole, also after the text is closed mid-analysis', async function () {
    this.timeout(60_000);
    const runner = new AnalysisRunner(quiet, path.join(ROOT, 'dist', 'analysis-worker.js'));
    const lines = [
      '---',
      'scope: supervision',
      '---',
      '# Supervision notes',
      '',
      'Client K.D., 29, disclosed more about the relapse.',
      '',
      '- The board approved a hiring freeze for all programmes.',
      '- Next session in two weeks.',
      '',
      'Maria Lopez, 34, called from 07700 900412 after the session.',
    ];
    const versions = [
      lines,
      lines.map((l, i) => (i === 5 ? l.replace('more', 'much more') : l)),
      [...lines.slice(0, 8), '- The budget for next year moves posts to the east team.', ...lines.slice(8)],
      lines.slice(0, 7),
      [...lines, '', 'Maria said the plan helps.'],
    ].map((ls) => ls.join('\n'));
    const same = async (text: string) => {
      const got = await runner.run(job(text));
      const fresh = analyze(text, { fileName: '/a.md', config: mergeConfig([]) });
      assert.deepEqual(got.diagnostics, fresh.diagnostics);
      assert.deepEqual(got.document.units, fresh.document.units);
    };
    try {
      for (const text of versions) await same(text);
      // Closed while its analysis runs, then opened again: the reply on its way and the next one both arrive whole.
      const inFlight = runner.run(job(versions[1]!));
      runner.cancel('file:///a.md');
      await inFlight.catch(() => undefined);
      await same(versions[2]!);
      await same(versions[0]!);
    } finally {
      runner.dispose();
    }
  });
});
