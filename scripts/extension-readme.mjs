#!/usr/bin/env node
// Writes the VSIX's extension page, dist/extension-readme.md, from README-extension.md
// with its pictures inlined as data: URLs. VS Code shows an extension's page in a webview
// whose content policy allows only https: and data: images, so a picture read from the
// installed extension would not show; inlined, it travels in the VSIX and needs no network.
// usage: node scripts/extension-readme.mjs   (run by `npm run package`)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

const source = fs.readFileSync(path.join(root, 'README-extension.md'), 'utf8');
const page = source.replace(/(!\[[^\]]*\]\()([^)\s]+)\)/g, (all, head, target) => {
  if (/^[a-z]+:/i.test(target)) return all;
  const type = TYPES[path.extname(target).toLowerCase()];
  if (!type) throw new Error(`README-extension.md: cannot inline ${target} (use PNG, JPEG or GIF)`);
  const data = fs.readFileSync(path.join(root, target)).toString('base64');
  return `${head}data:${type};base64,${data})`;
});
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist', 'extension-readme.md'), page);
console.log(`wrote dist/extension-readme.md (${Math.round(page.length / 1024)} KB)`);
