// Lets a test ask for a screenshot of the workbench at a moment it chooses.
//
// The tests run in the extension host (Node), but only the launcher
// (scripts/vscode/run-tests.mjs) holds the browser, so they talk through files:
//   1. the test writes  <dir>/<id>.request.json  = {"name": "...", "until": [...]}   (dir from CLINICAL_SCOPE_SCREENSHOT_REQUESTS)
//   2. the launcher, polling <dir>, waits until each `until` expression holds in some frame of
//      the page (15 s at most, else an error), then saves the page as <screenshot dir>/<name>.png
//   3. the launcher writes <dir>/<id>.done.json = {"path": "..."} or {"error": "..."}
// Outside the launcher (e.g. under @vscode/test-electron) there is no browser: it resolves at once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitFor } from './poll';

export const SCREENSHOT_REQUESTS_ENV = 'CLINICAL_SCOPE_SCREENSHOT_REQUESTS';

let counter = 0;

/**
 * Saves a screenshot of the workbench as `<name>.png` in the launcher's screenshot folder,
 * once each of the `until` JavaScript expressions is true in the workbench or one of its
 * webviews (for what the extension host cannot see, such as a picture having loaded).
 */
export async function requestScreenshot(name: string, until: string[] = []): Promise<void> {
  const dir = process.env[SCREENSHOT_REQUESTS_ENV];
  if (!dir) return;
  // pid + counter: each bundled test file has its own copy of this module, so the counter alone could clash.
  const id = `${Date.now()}-${process.pid}-${++counter}`;
  const request = path.join(dir, `${id}.request.json`);
  // Write then rename, so the launcher never reads half a request.
  fs.writeFileSync(`${request}.tmp`, JSON.stringify({ name, until }));
  fs.renameSync(`${request}.tmp`, request);
  const donePath = path.join(dir, `${id}.done.json`);
  const done = await waitFor(() => fs.existsSync(donePath) && JSON.parse(fs.readFileSync(donePath, 'utf8')), {
    timeout: 30_000,
    message: `screenshot "${name}" from the launcher`,
  });
  if (done.error) throw new Error(`Screenshot "${name}" failed: ${done.error}`);
}
