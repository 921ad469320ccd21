// Entry point VS Code calls in the extension host (`extensionTestsPath`): runs the
// compiled *.test.js files beside it with mocha.
//
// Under the launcher (scripts/vscode/run-tests.mjs) VS Code runs in a browser,
// which cannot hand back an exit code, so the results are also written as JSON to
// the file named by CLINICAL_SCOPE_TEST_RESULTS. Under @vscode/test-electron that
// variable is absent and the returned promise alone carries the outcome.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export const RESULTS_ENV = 'CLINICAL_SCOPE_TEST_RESULTS';

export interface TestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
}

export interface TestResults {
  passed: number;
  failed: number;
  tests: TestResult[];
}

function writeResults(results: TestResults): void {
  const file = process.env[RESULTS_ENV];
  if (!file) return;
  // Write then rename: the launcher polls for this file and must never see half of it.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // The first test pays for VS Code's warm-up and the extension's activation.
    timeout: Number(process.env.CLINICAL_SCOPE_TEST_TIMEOUT_MS) || 60_000,
    grep: process.env.CLINICAL_SCOPE_TEST_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const results: TestResults = { passed: 0, failed: 0, tests: [] };
  const record = (test: Mocha.Runnable, state: TestResult['state'], err?: unknown): void => {
    results.tests.push({
      title: test.title,
      fullTitle: test.fullTitle(),
      state,
      ...(err === undefined ? {} : { error: describeError(err) }),
    });
    if (state === 'passed') results.passed++;
    if (state === 'failed') results.failed++;
  };

  try {
    if (files.length === 0) throw new Error(`no *.test.js files in ${__dirname}`);
    await new Promise<void>((resolve) => {
      // mocha.run loads the files synchronously: a test file that throws on load throws here.
      mocha
        .run(() => resolve())
        .on('pass', (t) => record(t, 'passed'))
        // Also fires for failed hooks, whose titles say which hook ("before all" hook ...).
        .on('fail', (t, err) => record(t, 'failed', err))
        .on('pending', (t) => record(t, 'pending'));
    });
  } catch (err) {
    results.tests.push({ title: 'load test files', fullTitle: 'load test files', state: 'failed', error: describeError(err) });
    results.failed++;
  }

  writeResults(results);
  if (results.failed > 0) throw new Error(`${results.failed} of ${results.tests.length} tests failed`);
}
