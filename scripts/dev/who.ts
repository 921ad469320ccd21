// Prints how the privacy pass resolved the people of one document: each person's mentions and role,
// and with --mentions the evidence each mention gave.
// usage: npx tsx scripts/dev/who.ts <file.md> [supervision|leadership] [--mentions]
import fs from 'node:fs';
import { parseDocument } from '../../server/src/engine/parse/document';
import { sentenceEvidence } from '../../server/src/engine/privacy/mention-evidence';
import { WhoIsWho } from '../../server/src/engine/privacy/who-is-who';

const [file, kind = 'supervision'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const doc = parseDocument(fs.readFileSync(file!, 'utf8'));
const who = new WhoIsWho(doc, kind as 'supervision');
for (const p of (who as unknown as { people: { id: number; tokens: Set<string> }[] }).people) {
  const ms = who.mentionsOf(p.id);
  console.log(JSON.stringify({ ...p, tokens: [...p.tokens] }), ms.map((m) => `${doc.lines.positionAt(m.docStart).line + 1}:${m.text}`).join(' | '));
}
if (process.argv.includes('--mentions')) {
  for (const u of doc.units) {
    for (const s of u.sentences) {
      for (const e of sentenceEvidence(doc.text.slice(s.start, s.end), false)) {
        const { mention, ...rest } = e;
        console.log(`${doc.lines.positionAt(s.start).line + 1}: ${mention.text}`, JSON.stringify(rest));
      }
    }
  }
}
