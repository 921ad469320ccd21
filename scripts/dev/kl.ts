import fs from 'node:fs';
import { sharedCache } from '../../server/src/engine';
import { parseDocument } from '../../server/src/engine/parse/document';
import { categoryWeight, signalWeight, type Evidence } from '../../server/src/engine/drift/evidence';
import { categories } from '../../server/src/engine/lexicon/lexicon';
const cache = sharedCache();
const top = (ev: Evidence, kind: string) => categories.filter((c) => c.belongs === kind).reduce((n, c) => n + Math.min(6, categoryWeight(ev, c.id)), 0);
const doc = parseDocument(fs.readFileSync(process.argv[2]!, 'utf8'));
for (const u of doc.units) {
  const ev = cache.forUnit(u).block;
  const S = top(ev, 'supervision') + signalWeight(ev, 'supervision-document') + 0.5 * signalWeight(ev, 'supervisee-focus') + 0.5 * signalWeight(ev, 'supervision-logistics');
  const L = top(ev, 'leadership') + signalWeight(ev, 'leadership-document') + 0.5 * signalWeight(ev, 'organisation-actor') + signalWeight(ev, 'organisation-scope') + 0.5 * signalWeight(ev, 'aggregate');
  console.log(Math.tanh((S - L) / 4).toFixed(2), S.toFixed(1), L.toFixed(1), u.prose.trim().slice(0, 90).replace(/\s+/g,' '));
}
