#!/usr/bin/env node
// Checks what a user receives, from the package file itself: a VSIX (the VS Code
// extension) or an npm tarball (the command-line tool and server).
//   - every sourceMappingURL comment in a bundle names a map that is in the package;
//   - the files that findings' documentation links open (docs/rules.md) are there;
//   - a VSIX has its icon, and its extension page (readme) carries its pictures inline
//     and links only to files in the package, so the page works without a network;
//   - an npm package's commands (bin) are there and start with a shebang.
// usage: node scripts/check-package.mjs <file.vsix | file.tgz>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error('usage: node scripts/check-package.mjs <file.vsix | file.tgz>');
  process.exit(2);
}

/** The package's files as a map of path (inside the extension or package folder) to contents. */
async function readPackage(file) {
  const files = new Map();
  if (file.endsWith('.vsix')) {
    await new Promise((resolve, reject) => {
      yauzl.open(file, { lazyEntries: true }, (err, zip) => {
        if (err) return reject(err);
        zip.on('error', reject).on('end', resolve);
        zip.on('entry', (entry) => {
          if (entry.fileName.endsWith('/') || !entry.fileName.startsWith('extension/')) return zip.readEntry();
          zip.openReadStream(entry, (e, stream) => {
            if (e) return reject(e);
            const chunks = [];
            stream.on('data', (c) => chunks.push(c)).on('error', reject);
            stream.on('end', () => {
              files.set(entry.fileName.slice('extension/'.length), Buffer.concat(chunks));
              zip.readEntry();
            });
          });
        });
        zip.readEntry();
      });
    });
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-check-package-'));
    try {
      execFileSync('tar', ['-xzf', path.resolve(file), '-C', dir]);
      const walk = (d) =>
        fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
      for (const f of walk(path.join(dir, 'package'))) files.set(path.relative(path.join(dir, 'package'), f).split(path.sep).join('/'), fs.readFileSync(f));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return files;
}

const files = await readPackage(file);
const problems = [];
const need = (p, why) => {
  if (!files.has(p)) problems.push(`${p} is missing (${why})`);
};

for (const [name, data] of files) {
  if (!name.endsWith('.js')) continue;
  const tail = data.subarray(Math.max(0, data.length - 300)).toString('utf8');
  const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(tail)?.[1];
  if (map && !map.startsWith('data:')) need(path.posix.join(path.posix.dirname(name), map), `named by the sourceMappingURL of ${name}`);
}
need('docs/rules.md', "findings' documentation links open it");

const manifest = JSON.parse(files.get('package.json')?.toString('utf8') ?? '{}');
if (file.endsWith('.vsix')) {
  if (!manifest.icon) problems.push('package.json has no icon');
  else need(manifest.icon, 'the icon');
  const readme = files.get('readme.md')?.toString('utf8');
  if (!readme) problems.push('readme.md is missing (the extension page)');
  else {
    for (const [, bang, target] of readme.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)/g)) {
      // The page is a webview that shows https: and data: pictures only.
      if (bang && /^data:image\/(png|jpeg|gif);base64,/.test(target)) continue;
      if (/^(https?:|mailto:|#|command:)/.test(target)) {
        if (bang && !target.startsWith('https:')) problems.push(`readme.md shows a picture from ${target.slice(0, 40)}`);
        continue;
      }
      if (bang) {
        problems.push(`readme.md shows ${target} from the package, which the extension page cannot show (inline it)`);
        continue;
      }
      need(target.replace(/#.*$/, ''), `${bang ? 'a picture' : 'a link'} on the extension page`);
    }
    if (/npm ci|npm run/.test(readme.split('\n## ')[0] ?? '')) problems.push('the extension page opens with developer commands');
  }
} else {
  for (const [command, target] of Object.entries(manifest.bin ?? {})) {
    const data = files.get(target.replace(/^\.\//, ''));
    if (!data) problems.push(`${target} is missing (the ${command} command)`);
    else if (!data.toString('utf8', 0, 20).startsWith('#!/usr/bin/env node')) problems.push(`${target} has no shebang (the ${command} command)`);
  }
}

if (problems.length) {
  console.error(`${path.basename(file)}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${path.basename(file)}: ${files.size} files; icon, documentation, pictures and source maps all present`);
