import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// Just what the browser tests use of playwright-core (which lives with code-server,
// outside the repository) and of the DOM (not in this project's type libraries).
export interface El {
  textContent: string | null;
  children: ArrayLike<El> & Iterable<El>;
  dataset: Record<string, string | undefined>;
  outerHTML: string;
  querySelector(selector: string): El | null;
  getAttribute(name: string): string | null;
}
export interface Page {
  $$eval<R>(selector: string, fn: (elements: El[]) => R): Promise<R>;
  $eval<R>(selector: string, fn: (element: El) => R): Promise<R>;
  evaluate<R>(fn: () => R): Promise<R>;
  goto(url: string): Promise<unknown>;
  addInitScript(script: string): Promise<void>;
  click(selector: string): Promise<void>;
  on(event: 'request', fn: (r: { url(): string }) => void): void;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
}
export interface Browser {
  newPage(options: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(options: { executablePath: string; args: string[] }): Promise<Browser> };
}

const CS_DIR = process.env.CLINICAL_SCOPE_CODE_SERVER_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'clinical-scope', 'code-server');

/** Debian's Chromium, headless, driven by the playwright-core that scripts/vscode/setup.sh installs. */
export async function launchChromium(): Promise<Browser> {
  let playwright: Playwright;
  try {
    playwright = createRequire(path.join(CS_DIR, 'package.json'))('playwright-core') as Playwright;
  } catch {
    throw new Error(`playwright-core is not installed in ${CS_DIR}: run \`bash scripts/vscode/setup.sh\` first`);
  }
  return playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
}
