// Developer tool: pillar weights per document, to calibrate coverage.
import fs from 'node:fs';
import path from 'node:path';
import { sharedCache } from '../../server/src/engine';
import { parseDocument } from '../../server/src/engine/parse/document';
const cache = sharedCache();
for (const dir of process.argv.slice(2)) for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.md') && x !== 'README.md')) {
  const doc = parseDocument(fs.readFileSync(path.join(dir, f), 'utf8'));
  const w = new Map<string, number>();
  for (const u of doc.units) for (const [id, v] of cache.forUnit(u).block.pillar) w.set(id, (w.get(id) ?? 0) + v * (u.type === 'heading' ? 3 : 1));
  console.log(f.padEnd(46), [...w].map(([k, v]) => `${k.split('-')[0]}=${v}`).join(' '));
}
