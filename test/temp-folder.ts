import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempFolder {
  /** The folder of the running test. */
  readonly root: string;
  /** Writes a file (and its folders) under the root; returns its path. */
  write(relative: string, text: string): string;
}

/** A fresh folder for each test of the suite, removed after it. */
export function useTempFolder(prefix: string): TempFolder {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  return {
    get root() {
      return root;
    },
    write(relative, text) {
      const file = path.join(root, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return file;
    },
  };
}
