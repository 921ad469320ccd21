import assert from 'node:assert/strict';
import path from 'node:path';
import { mergeConfig } from '../../server/src/engine';
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
});
