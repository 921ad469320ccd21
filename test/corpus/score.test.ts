import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../cli/run-cli';

interface Score {
  files: number;
  missing: number;
  kindAccuracy: number;
  drift: { precision: number; recall: number };
  phi: { precision: number; recall: number };
}

function score(corpus: string): Score {
  const scorer = path.join(ROOT, '..', 'shared', 'corpus', 'score.mjs');
  assert.ok(fs.existsSync(scorer), `the corpus scorer is missing: ${scorer} (the shared folder sits beside the project)`);
  const out = execFileSync(process.execPath, [scorer, corpus, '--json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Score;
}

describe('quality on labelled documents', function () {
  this.timeout(120_000);
  let corpus: Score;
  before(() => {
    corpus = score(path.join(ROOT, '..', 'shared', 'corpus'));
  });

  it('meets the floors on the shared corpus: drift precision ≥ 0.90, recall ≥ 0.80, kind accuracy 1.0', () => {
    const s = corpus;
    assert.equal(s.missing, 0);
    assert.equal(s.kindAccuracy, 1);
    assert.ok(s.drift.precision >= 0.9, `drift precision ${s.drift.precision}`);
    assert.ok(s.drift.recall >= 0.8, `drift recall ${s.drift.recall}`);
  });

  it('finds client identifiers on the shared corpus: recall ≥ 0.95, precision ≥ 0.90', () => {
    const s = corpus;
    assert.ok(s.phi.recall >= 0.95, `phi recall ${s.phi.recall}`);
    assert.ok(s.phi.precision >= 0.9, `phi precision ${s.phi.precision}`);
  });

  // Labelled sets written for the project by other hands, each first measured unseen (see the closing notes);
  // they now guard against regressions on writing unlike the shared corpus.
  for (const set of ['holdout', 'blind', 'blind2', 'blind3']) {
    it(`holds up on the project's own labelled set test/fixtures/${set}`, () => {
      const s = score(path.join(ROOT, 'test', 'fixtures', set));
      assert.equal(s.missing, 0);
      assert.equal(s.kindAccuracy, 1);
      assert.ok(s.drift.precision >= 0.85, `drift precision ${s.drift.precision}`);
      assert.ok(s.drift.recall >= 0.85, `drift recall ${s.drift.recall}`);
      assert.ok(s.phi.recall >= 0.9 && s.phi.precision >= 0.9, `phi ${JSON.stringify(s.phi)}`);
    });
  }

  // Client-identifier sets from four regions (see test/fixtures/sets.json for their first, unseen scores).
  // phi-heldout has never been tuned on: its floor is what the engine scored on it, to catch a fall.
  for (const [set, floor] of [
    ['phi-us-ca', { p: 0.95, r: 0.95 }],
    ['phi-uk-ie', { p: 0.95, r: 0.95 }],
    ['phi-au-nz-za', { p: 0.95, r: 0.95 }],
    ['phi-heldout', { p: 0.9, r: 0.82 }],
    ['phi-g', { p: 0.95, r: 0.95 }],
    // Held out too: first scored unseen at recall 0.683, then 0.817 after tuning on phi-g.
    ['phi-f', { p: 0.9, r: 0.8 }],
    // Held out, written after this round of tuning: first scored unseen at precision 0.984, recall 0.865.
    ['phi-i', { p: 0.95, r: 0.85 }],
    // Tuned on: first scored unseen at precision 0.949, recall 0.823.
    ['phi-j', { p: 0.95, r: 0.9 }],
    // Held out: first scored unseen at precision 0.956, recall 0.835.
    ['phi-k', { p: 0.93, r: 0.82 }],
    // Held out, written after this round of tuning: first scored unseen at precision 0.964, recall 0.781.
    ['phi-l', { p: 0.95, r: 0.77 }],
    // Tuned on: first scored unseen at precision 0.984, recall 0.804.
    ['phi-m', { p: 0.95, r: 0.88 }],
    // Held out, lines never read: first scored unseen at precision 0.915, recall 0.871.
    ['phi-n', { p: 0.9, r: 0.85 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.821, recall 0.848.
    ['phi-o', { p: 0.8, r: 0.82 }],
    // Tuned on: first scored unseen at precision 0.902, recall 0.909.
    ['phi-p', { p: 0.95, r: 0.9 }],
    // Held out, written after this round of tuning: first scored unseen at precision 0.956, recall 0.956.
    ['phi-q', { p: 0.93, r: 0.93 }],
    // Tuned on: first scored unseen at precision 0.969, recall 0.913.
    ['phi-r', { p: 0.95, r: 0.95 }],
    // Tuned on: first scored unseen at precision 0.960, recall 0.899.
    ['phi-s', { p: 0.95, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.950, recall 0.915, and the kind right for 18 of 20.
    ['phi-t', { p: 0.93, r: 0.89, kind: 0.9 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.968, recall 0.921.
    ['phi-u', { p: 0.95, r: 0.9 }],
    // Tuned on: first scored unseen at precision 0.993, recall 0.938.
    ['phi-v', { p: 0.95, r: 0.95 }],
    // Held out, written during the second round of tuning and first scored after it: precision 1.0, recall 0.988.
    ['phi-w', { p: 0.97, r: 0.95 }],
    // Tuned on: first scored unseen at precision 0.950, recall 0.791 (written to make identifiers hard to find).
    ['phi-x', { p: 0.97, r: 0.93 }],
    // Held out, lines never read: first scored unseen at precision 0.987, recall 0.938, and the kind right for 19 of 20.
    ['phi-y', { p: 0.95, r: 0.9, kind: 0.95 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.883, recall 0.976.
    ['phi-z', { p: 0.86, r: 0.95 }],
    // Tuned on: first scored unseen at precision 0.976, recall 0.891.
    ['phi-aa', { p: 0.97, r: 0.97 }],
    // Held out, lines never read: first scored unseen at precision 0.955, recall 0.898.
    ['phi-ab', { p: 0.93, r: 0.87 }],
    // Written to test drift, tuned on for client identifiers: first scored unseen at precision 0.605 (staff taken for clients), recall 1.0.
    ['drift/z14', { p: 0.95, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.972, recall 0.875.
    ['drift/z15', { p: 0.95, r: 0.85 }],
    // Tuned on: first scored unseen at precision 0.903, recall 0.816.
    ['phi-ac', { p: 0.95, r: 0.88 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.990, recall 0.884.
    ['phi-ad', { p: 0.97, r: 0.86 }],
    // Written to test drift, tuned on for client identifiers: first scored unseen at precision 0.714, recall 0.769.
    ['drift/z16', { p: 0.95, r: 0.78 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.976, recall 0.909.
    ['drift/z17', { p: 0.95, r: 0.88 }],
    // Tuned on: first scored unseen at precision 0.988, recall 0.840 (clients known by a quoted nickname or a word-name).
    ['phi-ae', { p: 0.97, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.950, recall 0.960.
    ['phi-af', { p: 0.93, r: 0.93 }],
    // Written to test drift, tuned on for client identifiers: first scored unseen at precision 0.690 (a bold supervisee taken for a client), recall 1.0.
    ['drift/z18', { p: 0.95, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 1.0, recall 1.0.
    ['drift/z19', { p: 0.95, r: 0.95 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 1.0, recall 0.909.
    ['drift/z20', { p: 0.95, r: 0.88 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.925, recall 0.899
    // (0.905 / 0.899 with the engine at the start of that round).
    ['phi-ag', { p: 0.9, r: 0.87 }],
    // Tuned on: first scored unseen at precision 0.987, recall 0.957, the kind right for 19 of 20 (an audit report).
    ['phi-ah', { p: 0.97, r: 0.97 }],
    // Tuned on: first scored unseen at precision 0.902 (the writers' own families taken for clients'), recall 0.929.
    ['phi-ai', { p: 0.94, r: 0.9, kind: 0.95 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.958, recall 0.883.
    ['phi-aj', { p: 0.93, r: 0.86 }],
    // Tuned on: first scored unseen at precision 0.975, recall 0.943 (someone who died in the service's care, a surname given with its label, a prison number).
    ['phi-ak', { p: 0.97, r: 0.97 }],
    // Tuned on: first scored unseen at precision 0.959, recall 0.824 (a complaint letter's addressee and address block, flower names, a baby).
    ['phi-am', { p: 0.95, r: 0.93 }],
    // Tuned on: first scored unseen at precision 0.983, recall 0.929 (0.921 with the engine at the start of that pass; a letter headed with a name over a home address).
    ['phi-ao', { p: 0.97, r: 0.95 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.993, recall 0.925
    // (0.993 / 0.932 with the engine at the start of that round: one line fewer found).
    ['phi-al', { p: 0.97, r: 0.9 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.930, recall 0.950.
    ['phi-an', { p: 0.9, r: 0.92 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 1.0, recall 0.976.
    ['phi-ap', { p: 0.97, r: 0.95 }],
    // Written to test drift, tuned on for client identifiers: first scored unseen at precision 1.0, recall 0.978 (a patient named in apposition, "a patient, Mr …,").
    ['drift/z21', { p: 0.95, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.775, recall 0.861.
    ['drift/z22', { p: 0.75, r: 0.83 }],
    // Held out, lines never read: first scored unseen at precision 0.949, recall 0.881.
    ['drift/z23', { p: 0.92, r: 0.85 }],
    // Tuned on: first scored unseen at precision 0.962 (crisis lines after a centre's name, a pseudonym "we agreed to refer to as"), recall 0.987.
    ['phi-aq', { p: 0.97, r: 0.97 }],
    // Tuned on: first scored unseen at precision 0.962, recall 0.926 (a client sharing a supervisee's surname, a plain "Name" column), the kind right for 19 of 20.
    ['phi-as', { p: 0.95, r: 0.95, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.863, recall 0.685 (notes dictated without capitals, months taken for names), the kind right for 19 of 20.
    ['phi-at', { p: 0.97, r: 0.77, kind: 0.95 }],
    // Held out, written while this round of tuning went on and first scored after part of it: precision 0.987, recall 0.929.
    ['phi-ar', { p: 0.95, r: 0.9 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.970, recall 0.889.
    ['phi-au', { p: 0.94, r: 0.86 }],
    // Written to test drift, tuned on: first scored unseen at precision 1.0, recall 0.896 (an age before a full stop, a report on a named client).
    ['drift/z24', { p: 0.97, r: 0.97 }],
    // Held out, lines never read: first scored unseen at precision 1.0, recall 0.880.
    ['drift/z25', { p: 0.97, r: 0.85 }],
    // Held out, lines never read: first scored unseen at precision 1.0, recall 1.0.
    ['drift/z26', { p: 0.97, r: 0.97 }],
    // Held out, lines never read: first scored unseen at precision 1.0, recall 1.0, the kind right for 23 of 24.
    ['drift/z27', { p: 0.97, r: 0.97, kind: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 1.0, recall 0.926, the kind right for 23 of 24.
    ['drift/z28', { p: 0.97, r: 0.9, kind: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.982, recall 0.900 (the same with the engine at the start of that pass).
    ['phi-aw', { p: 0.95, r: 0.87 }],
    // Tuned on: first scored unseen at precision 0.991, recall 0.854 (a client and the supervisor sharing a first name, an "Evaluee" column), the kind right for 19 of 20.
    ['phi-av', { p: 0.97, r: 0.88 }],
    // Tuned on: first scored unseen at precision 0.984, recall 0.925 (a supervisor and a client sharing a first name, "(goes by Priya)", "Declan F.").
    ['phi-ax', { p: 0.97, r: 0.93, kind: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.907, recall 0.975, the kind right for 19 of 20.
    ['phi-ay', { p: 0.87, r: 0.94, kind: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 0.906, recall 0.935, the kind right for 22 of 24.
    ['drift/z30', { p: 0.88, r: 0.9, kind: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 1.0, recall 1.0, the kind right for 23 of 24.
    ['drift/z29', { p: 0.97, r: 0.97, kind: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.885, recall 0.958, the kind right for 23 of 24.
    ['drift/z31', { p: 0.85, r: 0.92, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.975, recall 0.878 (a quoted nickname as a label, lower-case full names, "daughter Clodagh" after a comma).
    ['phi-az', { p: 0.97, r: 0.92 }],
    // Tuned on: first scored unseen at precision 1.0, recall 0.949 (a "Pt" column beside CHI numbers), the kind right for 19 of 20.
    ['phi-ba', { p: 0.97, r: 0.96, kind: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.969, recall 0.816.
    ['drift/z32', { p: 0.94, r: 0.79 }],
    // Tuned on: first scored unseen at precision 0.844, recall 0.813 (languages taken for names, a "Client(s) discussed" column, interpreters booked through an agency), the kind right for 19 of 20.
    ['phi-bb', { p: 0.97, r: 0.85, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.873, recall 0.932 (authors of models, a credential after an initial, an EAP client), the kind right for 18 of 20.
    ['phi-bc', { p: 0.92, r: 0.95, kind: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 0.893, recall 0.893 (the same with the engine at the start of that pass).
    ['phi-bd', { p: 0.87, r: 0.87 }],
    // Tuned on: first scored unseen at precision 0.944, recall 0.856 (an inquest's coroner and solicitors, HMIS numbers, an age after a bold name), the kind right for 19 of 20.
    ['phi-be', { p: 0.95, r: 0.9 }],
    // Tuned on: first scored unseen at precision 0.925, recall 0.660 (case lists typed without capitals: "- dazza, 52 —"), the kind right for 18 of 20.
    ['phi-bf', { p: 0.9, r: 0.75, kind: 0.9 }],
    // Tuned on: first scored unseen at precision 0.878, recall 0.923 (a street address after a name, a mid-line "Present:", "Complainant: Self").
    ['phi-bh', { p: 0.96, r: 0.93 }],
    // Tuned on: first scored unseen at precision 0.975, recall 0.875 (couples and children by first names, names that are words), the kind right for 18 of 20.
    ['phi-bg', { p: 0.95, r: 0.85, kind: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 0.643, recall 0.964 (the same with the engine at the start of that pass).
    ['drift/z33', { p: 0.62, r: 0.93 }],
    // Tuned on: first scored unseen at precision 0.779, recall 0.841 (a group's roster after a full stop, "not the client's real name").
    ['phi-bi', { p: 0.97, r: 0.82 }],
    // Tuned on: first scored unseen at precision 0.922, recall 0.870 (an intern beside her role in the title, parents named as a pair, a family listed as present).
    ['phi-bj', { p: 0.96, r: 0.95 }],
    // Tuned on: first scored unseen at precision 0.973, recall 0.900 (names that are words typed in lower case with an age after a dash, a record about a client), the kind right for 19 of 20.
    ['phi-bk', { p: 0.97, r: 0.94 }],
    // Tuned on: first scored unseen at precision 0.791, recall 0.684 (record particulars strung together without labels; clients and staff who share a first name, not yet told apart).
    ['phi-bm', { p: 0.78, r: 0.7 }],
    // Tuned on: first scored unseen at precision 0.911, recall 0.843 (a titled supervisee with an initial, a new graduate's role in brackets, a pupil in a log).
    ['phi-bn', { p: 0.96, r: 0.86 }],
    // Tuned on: first scored unseen at precision 0.889, recall 0.800 (a client said to be one with a job beside the name, a supervision's heading over two lines).
    ['phi-bq', { p: 0.96, r: 0.92 }],
    // Tuned on: first scored unseen at precision 0.921, recall 0.891 (a roster label with a dash for a colon, an inquest's subject), the same with the engine at the start of that pass after fixes from seven other sets.
    ['phi-bp', { p: 0.96, r: 0.87 }],
    // Tuned on: first scored unseen at precision 0.987, recall 0.906 (a label's bracketed note before bold marks, "Address / Eircode on file:").
    ['phi-br', { p: 0.96, r: 0.92 }],
    // Tuned on: first scored unseen at precision 0.757, recall 0.903 (a co-facilitator, a team's worker in brackets, the next item's number read as an age).
    ['phi-bs', { p: 0.85, r: 0.88 }],
    // Held out, lines never read: first scored unseen at precision 0.976, recall 0.942, the kind right for 19 of 20 (the same with the engine at the start of that pass).
    ['phi-bl', { p: 0.95, r: 0.92 }],
    // Held out, lines never read: first scored unseen at precision 0.887, recall 0.932 (the same at the end of that pass).
    ['phi-bo', { p: 0.86, r: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 0.944, recall 0.971.
    ['drift/z34', { p: 0.92, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.820, recall 1.000 (0.911 / 1.000 with the engine of the moment it was added, mid-pass).
    ['drift/z35', { p: 0.8, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.958, recall 0.907 (a bed log's event after a dash, a resident named on a line that lists staff, a ward's number families are told to call).
    ['phi-bt', { p: 0.95, r: 0.93 }],
    // Tuned on: first scored unseen at precision 0.977, recall 0.933 (a role said to be someone else after a comma, a student number after '#', whoever stands in for the supervisor).
    ['phi-bu', { p: 0.97, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.983, recall 0.843 (the same with the engine at the start of that pass).
    ['phi-bv', { p: 0.95, r: 0.82 }],
    // Held out, lines never read: first scored unseen at precision 0.964, recall 0.855 (the same with the engine at the start of that pass).
    ['phi-bw', { p: 0.93, r: 0.83 }],
    // Tuned on: first scored unseen at precision 0.985, recall 0.889 (punctuation dictated as words: "student concern comma Maya Rosenfeld comma …"), the kind right for 19 of 20.
    ['phi-bx', { p: 0.95, r: 0.88, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.946, recall 0.898 (a form's 'Supervisee's question:' read as a roster, an address said to be out of date, a school's deputy, a tribe's name).
    ['phi-by', { p: 0.95, r: 0.9 }],
    // Tuned on: first scored unseen at precision 0.930, recall 0.898 (a count of trainees after a name read as an age, an address 'confirmed as', a former client appointed as a peer worker).
    ['phi-bz', { p: 0.92, r: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 0.976, recall 0.837; 0.977 / 0.857 with the engine of the end of that pass.
    ['phi-ca', { p: 0.95, r: 0.82 }],
    // Tuned on: first scored unseen at precision 0.926, recall 0.815 (a first name with another surname's initial, the person a worker has been seeing, a step-down after a dash).
    ['phi-cb', { p: 0.93, r: 0.85, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.889, recall 0.941 (a name beside an admission number, 'Attending:', a presenter's cell).
    ['phi-cd', { p: 0.98, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.898, recall 0.815 (a colleague's family programme, a name typed in lower case after a full stop, 'rm 12').
    ['phi-ce', { p: 0.98, r: 0.85 }],
    // Tuned on: first scored unseen at precision 0.987, recall 0.925 (an address whose bracket says whose home it is, a letter's address lines as paragraphs, '94 y.o.', a baby on a ward list).
    ['phi-cf', { p: 0.96, r: 0.96 }],
    // Tuned on: first scored unseen at precision 0.897, recall 0.886 (', ID' after a name is no town in Idaho, 'Jane Doe', 'Address on file' without a colon, 'Jo' for Joanne).
    ['phi-cg', { p: 0.96, r: 0.91 }],
    // Tuned on: first scored unseen at precision 0.887, recall 1.000 ('admitted she feels', a grandad after 'w/', 'Jane Citizen').
    ['phi-ci', { p: 0.98, r: 0.98 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.760 (prison numbers, a legal name behind a street name, a quoted street name before a dash).
    ['phi-cj', { p: 0.98, r: 0.86 }],
    // Held out, lines never read: first scored unseen at precision 0.923, recall 0.857 (0.923 / 0.857 with the engine of the moment they were added, mid-pass).
    ['phi-cc', { p: 0.9, r: 0.83 }],
    // Held out, lines never read: first scored unseen at precision 0.868, recall 0.920 (0.870 / 0.940 with the engine of the moment they were added, mid-pass).
    ['phi-ch', { p: 0.84, r: 0.9, kind: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.767, recall 0.821 (0.767 / 0.821 with the engine of the moment they were added, mid-pass).
    ['phi-ck', { p: 0.74, r: 0.8 }],
    // Tuned on: first scored unseen at precision 0.979, recall 0.687 ('caller Danny' and a callback number, the address a worker got or confirmed for the police, whose story a service tells).
    ['phi-cl', { p: 0.96, r: 0.83 }],
    // Tuned on: first scored unseen at precision 0.755, recall 0.851 ('Student:' beside a placement's roster, a placement table's students, the name a record gave the patient).
    ['phi-cm', { p: 0.95, r: 0.89, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.918, recall 0.938 (an addressee whose role is the next line, a Designated Liaison Person and a reporter in brackets, '1:1' and 'mtg' titles).
    ['phi-co', { p: 0.98, r: 0.91 }],
    // Held out, lines never read: first scored unseen at precision 1.000, recall 0.917 (1.000 / 0.917 with the engine of the moment they were added, mid-pass).
    ['phi-cn', { p: 0.98, r: 0.89, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.966 (older adults and guardianship; nothing tuned from it).
    ['phi-cp', { p: 0.98, r: 0.94 }],
    // Tuned on: first scored unseen at precision 0.891, recall 0.942 (an Elder on staff, Kokum and Mosom, an Aboriginal Health Worker, a nationality beside an age, tangata whaiora).
    ['phi-cq', { p: 0.96, r: 0.92 }],
    // Tuned on: first scored unseen at precision 0.913, recall 0.955 (a records export's client in capitals, a clinician's NPI column, 'presents her client').
    ['phi-cs', { p: 0.93, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.927, recall 0.981 (1.000 / 0.981 with the engine of the moment they were added, mid-pass).
    ['phi-cr', { p: 0.9, r: 0.96 }],
    // Tuned on: first scored unseen at precision 0.458, recall 1.000 (a worker's own family under 'Home:' or 'Check-in', a priest, a colleague who covers, 'SW' in brackets).
    ['phi-ct', { p: 0.66, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.765, recall 0.629 (names typed in lower case after a title, as a pair, with an age straight after; a supervisee in lower case in the front matter).
    ['phi-cu', { p: 0.95, r: 0.7 }],
    // Tuned on: first scored unseen at precision 0.966, recall 0.923 (family work with three generations named; nothing tuned from it).
    ['phi-cw', { p: 0.95, r: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 0.875, recall 0.921 (0.878 / 0.947 with the engine of the moment they were added, mid-pass).
    ['phi-cv', { p: 0.85, r: 0.9 }],
    // Tuned on: first scored unseen at precision 0.766, recall 0.900 (a learner beside a practice tutor, the bench and the bar, a victim liaison officer, a board's members, a draft's subtitle).
    ['phi-cx', { p: 0.98, r: 0.9 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.873 (a name before '(ref …)').
    ['phi-cz', { p: 0.98, r: 0.88 }],
    // Held out, lines never read: first scored unseen at precision 0.893, recall 1.000 (0.893 / 1.000 with the engine of the moment they were added, mid-pass).
    ['phi-cy', { p: 0.87, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.922, recall 0.940 (a constable's title, a time zone in capitals, a region's name in te reo).
    ['phi-da', { p: 0.93, r: 0.92 }],
    // Tuned on: first scored unseen at precision 1.000, recall 1.000 (acute wards; nothing tuned from it).
    ['phi-dc', { p: 0.98, r: 0.98 }],
    // Held out, lines never read: first scored unseen at precision 1.000, recall 0.838 (1.000 / 0.892 with the engine of the moment they were added, mid-pass).
    ['phi-db', { p: 0.98, r: 0.81 }],
    // Tuned on: first scored unseen at precision 0.942, recall 0.790 (a room after a name in brackets, whom a review looks into, the second of two authors or workers).
    ['phi-dd', { p: 0.96, r: 0.81 }],
    // Tuned on: first scored unseen at precision 0.913, recall 0.750 (a partner at work, a post's holder in brackets, a complaint from an employee, a story agreed to).
    ['phi-df', { p: 0.98, r: 0.78, kind: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 1.000, recall 0.949 (1.000 / 0.949 with the engine of the moment they were added, mid-pass).
    ['phi-de', { p: 0.98, r: 0.92 }],
    // Tuned on: first scored unseen at precision 0.979, recall 0.868 (a name after '11-year-old', a relative's own mobile, a parent e-mailing from her account, a crisis line for clients).
    ['phi-dg', { p: 0.98, r: 0.94, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.914 (a South African ID after a name, a mother named by the family's surname, an address under 'Private & Confidential').
    ['phi-dh', { p: 0.98, r: 0.91 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.659 (handles and usernames, account e-mails, a person's own scores, a programme graduate, a name given inside a quote).
    ['phi-dj', { p: 0.98, r: 0.85 }],
    // Tuned on: first scored unseen at precision 0.980, recall 0.860 (a filled-in form's fields, a head of year with another initial, a girlfriend calling in, 'employed as … at').
    ['phi-dk', { p: 0.96, r: 0.96 }],
    // Tuned on: first scored unseen at precision 0.969, recall 1.000 (a complaint's file number, a colleague on sick leave).
    ['phi-dm', { p: 0.98, r: 0.98 }],
    // Held out, lines never read: first scored unseen at precision 0.872, recall 0.944 (the same at the end of that pass).
    ['phi-di', { p: 0.85, r: 0.92, kind: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.909, recall 0.676 (0.914 / 0.716 with the engine at the end of that pass).
    ['phi-dl', { p: 0.88, r: 0.65, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.900, recall 0.474 (names as texters type them, gamer tags and user names, a staff login, a licence number, an example address, a number in apposition to a texter).
    ['phi-dn', { p: 0.98, r: 0.82, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.930, recall 0.981 (a licence number 'on file', a Welsh house name).
    ['phi-do', { p: 0.92, r: 0.96, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.958, recall 0.979 (the clinician a note's title names by initial and surname, an address a record still holds).
    ['phi-dp', { p: 0.98, r: 0.98 }],
    // Held out, lines never read: first scored unseen at precision 0.976, recall 0.769 (0.976 / 0.769 with the engine at the end of that pass).
    ['phi-dq', { p: 0.95, r: 0.74 }],
    // Tuned on: first scored unseen at precision 0.966, recall 1.000 (a carer's seat on a committee, a hospital's file number, a month and a year after a label that is also a role).
    ['phi-dr', { p: 0.98, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.950, recall 0.851 (a title typed in lower case, a Medicare number a clause after the word, a health card after a name, a chat pasted line by line).
    ['phi-ds', { p: 0.98, r: 0.87 }],
    // Held out, lines never read: first scored unseen at precision 0.927, recall 0.864 (0.929 / 0.886 with the engine at the end of that pass).
    ['phi-dt', { p: 0.9, r: 0.84 }],
    // Tuned on: first scored unseen at precision 0.913, recall 0.808 (a pupil's school year and school staff, grandparents named as a pair, a docket number, pupil numbers, a family's file with its service's letters).
    ['phi-du', { p: 0.96, r: 0.96 }],
    // Tuned on: first scored unseen at precision 0.971, recall 0.829 (a person's own Medicaid ID, a relative's great age, a home given by the relation alone, a name after a doctor's full stop).
    ['phi-dv', { p: 0.95, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.978, recall 0.917 (0.978 / 0.917 with the engine at the end of that pass).
    ['phi-dw', { p: 0.95, r: 0.89 }],
    // Tuned on: first scored unseen at precision 0.860, recall 0.860 (an Elder called aunt or uncle, a pastor, a clinician's family sessions, advice under a label, a relation a clause after the name).
    ['phi-dx', { p: 0.94, r: 0.91 }],
    // Tuned on: first scored unseen at precision 0.891, recall 0.907 (ward names read as places, a discharge, a relapse and a patient's parent as signs of a client, the oldest patient's age, a team's mobile).
    ['phi-dy', { p: 0.98, r: 0.96 }],
    // Held out, lines never read: first scored unseen at precision 0.979, recall 0.958 (0.979 / 0.958 with the engine at the end of that pass).
    ['phi-dz', { p: 0.95, r: 0.93 }],
    // Tuned on: first scored unseen at precision 0.871, recall 0.984 (towns and a column of locations read as places, a street and its town after a house number, a complainant with a title, a certified worker, a claims mailbox).
    ['phi-ea', { p: 0.98, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.791, recall 0.944 (a trainee's own student number on a roster line, a placement table, a practicum student, a work phone said so, a name used without a pseudonym).
    ['phi-eb', { p: 0.98, r: 0.98 }],
    // Held out, lines never read: first scored unseen at precision 0.950, recall 0.884 (0.950 / 0.884 with the engine at the end of that pass).
    ['phi-ec', { p: 0.93, r: 0.86 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.861 (an address or a number said to be someone's own, a police event and a cause number, a name the writer wrote the client as).
    ['phi-ed', { p: 0.98, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.860, recall 0.935 (a reply's speaker and a greeted colleague as staff, a school named after its word, an NDIS participant number, a plan manager, a long aside before the verb).
    ['phi-ee', { p: 0.95, r: 0.98 }],
    // Held out, lines never read: first scored unseen at precision 0.982, recall 0.965 (0.982 / 0.965 with the engine at the end of that pass).
    ['phi-ef', { p: 0.96, r: 0.94, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.853 (a committee member who says they are a patient, a former patient now on staff left alone, a participant who was exited).
    ['phi-eg', { p: 0.98, r: 0.9 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.958 (whom a referral is for, a rank and '(ret.)' no longer ending a sentence, a claim number after a name).
    ['phi-eh', { p: 0.98, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.911, recall 0.927 (0.911 / 0.927 with the engine at the end of that pass).
    ['phi-ei', { p: 0.89, r: 0.9 }],
    // Tuned on: first scored unseen at precision 0.929, recall 0.970 (a name typed in lower case found again, a record label straight after a name, a qualified practitioner, a team's base, a form's placeholder, a carer's assessment).
    ['phi-ej', { p: 0.98, r: 0.96 }],
    // Held out, lines never read: first scored unseen at precision 1.000, recall 0.951 (1.000 / 0.967 with the engine at the end of that pass).
    ['phi-ek', { p: 0.98, r: 0.93 }],
    // Tuned on: first scored unseen at precision 0.960, recall 0.973 (a relation after a dash or in the next cell, a table of workers' mobiles by role, an agency's booking, Te Whatu Ora).
    ['phi-el', { p: 0.98, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.971, recall 0.893 (a surname that is also a place's word, a parenting group's table of parents, a relation named by whose it is, a firm's lawyer, a code spelling a label).
    ['phi-em', { p: 0.98, r: 0.96 }],
    // Held out, lines never read: first scored unseen at precision 0.889, recall 0.930 (0.889 / 0.930 with the engine at the end of that pass).
    ['phi-en', { p: 0.86, r: 0.91, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.865, recall 0.938 (a supervisee named in front matter with a place-word surname, a lawyer with the firm, a date of birth a few words after its label, a claimant's adjuster, children named by the family's surname).
    ['phi-eo', { p: 0.98, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.955, recall 0.913 (a case table's cell of the client's setting, a number in brackets after its label, a worker's care-service employer, a complaints phone and address).
    ['phi-ep', { p: 0.98, r: 0.98 }],
    // Held out, lines never read: first scored unseen at precision 0.963, recall 1.000 (0.963 / 1.000 with the engine at the end of that pass).
    ['phi-eq', { p: 0.94, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.971, recall 0.829 (a union representative, a session with a client, the family of one of a service's members, a fall of a person's own).
    ['phi-er', { p: 0.98, r: 0.8 }],
    // Tuned on: first scored unseen at precision 0.949, recall 0.974 (a team named after its place, a First Nation's name).
    ['phi-es', { p: 0.98, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 1.000, recall 0.880 (1.000 / 0.880 with the engine at the end of that pass).
    ['phi-et', { p: 0.98, r: 0.86 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.681 (a caller's or a texter's own name, a nickname someone goes by, a frequent caller, a complainant, a conversation number).
    ['phi-eu', { p: 0.98, r: 0.89 }],
    // Tuned on: first scored unseen at precision 0.970, recall 0.941 (a worker named by a Māori title; the name Ben left as it was).
    ['phi-ev', { p: 0.98, r: 0.92, kind: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 1.000, recall 0.951 (1.000 / 0.951 with the engine at the end of that pass).
    ['phi-ew', { p: 0.98, r: 0.93 }],
    // Tuned on: first scored unseen at precision 1.000, recall 0.674 (text pasted into a code block, a relation before a dash, a person's own identity number).
    ['phi-ex', { p: 0.98, r: 0.93 }],
    // Tuned on: first scored unseen at precision 0.793, recall 0.852 (a guardian ad litem, a sister with a date of birth, a child called little, the child a kinship carer looks after, a worker's name after a task).
    ['phi-ey', { p: 0.98, r: 0.98 }],
    // Held out, lines never read: first scored unseen at precision 0.974, recall 0.927 (0.974 / 0.927 with the engine at the end of that pass).
    ['phi-ez', { p: 0.95, r: 0.9 }],
    // Tuned on: first scored unseen at precision 0.824, recall 1.000 (a Māori role title).
    ['phi-fa', { p: 0.98, r: 0.9 }],
    // Tuned on: first scored unseen at precision 0.868, recall 0.971 (a psychology resident on a roster after a middle dot, the place a client is from, a change in a person's own depot medication).
    ['phi-fb', { p: 0.98, r: 0.98 }],
    // Held out, lines never read: first scored unseen at precision 0.957, recall 0.733 (0.957 / 0.733 with the engine at the end of that pass).
    ['phi-fc', { p: 0.93, r: 0.71 }],
    // Tuned on: first scored unseen at precision 0.976, recall 0.952 (a client's surname typed later in lower case, a member of the public's calls).
    ['phi-fd', { p: 0.95, r: 0.98 }],
    // Tuned on: first scored unseen at precision 1.000, recall 1.000 (nothing to mend in client identifiers).
    ['phi-fe', { p: 0.98, r: 0.98 }],
    // Held out, lines never read: first scored unseen at precision 0.742, recall 0.885 (0.742 / 0.885 with the engine at the end of that pass).
    ['phi-ff', { p: 0.72, r: 0.86 }],
    // Tuned on: first scored unseen at precision 0.921, recall 0.875 (a relative named by whose they are on a roles table, a health number a few words after its label, a quotation used with permission, a partner organisation's person, a volunteers' mailbox).
    ['phi-fg', { p: 0.98, r: 0.98 }],
    // Tuned on: first scored unseen at precision 0.833, recall 0.833 (a person's own clinician, an adult client in apposition, an AHCCCS number).
    ['phi-fh', { p: 0.82, r: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 0.718, recall 0.903 (0.718 / 0.903 with the engine at the end of that pass).
    ['phi-fi', { p: 0.69, r: 0.88, kind: 0.95 }],
    // Tuned on: first scored unseen at precision 0.902, recall 0.958 (a relative whose son is a named unit's patient, with where she lives between).
    ['phi-fj', { p: 0.88, r: 0.95 }],
  ] as const) {
    it(`finds client identifiers in test/fixtures/${set}: precision ≥ ${floor.p}, recall ≥ ${floor.r}`, () => {
      const s = score(path.join(ROOT, 'test', 'fixtures', set));
      assert.equal(s.missing, 0);
      assert.ok(s.kindAccuracy >= ('kind' in floor ? floor.kind : 0.95), `kind accuracy ${s.kindAccuracy}`);
      assert.ok(s.phi.precision >= floor.p, `phi precision ${s.phi.precision}`);
      assert.ok(s.phi.recall >= floor.r, `phi recall ${s.phi.recall}`);
    });
  }

  // The drift model's validation sets (they choose its thresholds, it is never fitted to them) and the held-out set.
  for (const [set, floor] of [
    // Precision 0.897 since the model is fitted to every tuned set.
    ['drift/t04', { p: 0.88, r: 0.8 }],
    ['drift/t07', { p: 0.85, r: 0.9 }],
    ['phi-heldout', { p: 0.65, r: 0.6 }],
    // Held out: 0.925 / 0.883 before the model was refitted with phi-j and drift/z1, 0.932 / 0.865 after.
    // Recall 0.847 since the model reads names as one word (refitted; chosen by cross-validation over the training sets).
    ['drift/x1', { p: 0.9, r: 0.84 }],
    ['drift/y1', { p: 0.92, r: 0.88 }],
    // Held out, first scored unseen at precision 0.921, recall 0.762. Precision 0.891 (0.907 before) since the model was
    // refitted on 29 November to every set tuned on; over all held-out sets that refit raised drift F1 (see the closing note).
    ['drift/y3', { p: 0.87, r: 0.75 }],
    // Tuned on: first scored unseen at precision 0.965, recall 0.828.
    ['drift/z1', { p: 0.92, r: 0.8 }],
    // Held out: first scored unseen at precision 0.986, recall 0.763.
    ['drift/z2', { p: 0.95, r: 0.74 }],
    // Held out, written after this round of tuning: first scored unseen at precision 0.897, recall 0.813.
    // Precision 0.876 after the refit that reads staff training and staff wellbeing as no hiring matter.
    ['drift/z3', { p: 0.87, r: 0.78 }],
    // Trained on: first scored unseen at precision 0.938, recall 0.900.
    ['drift/z4', { p: 0.95, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.979, recall 0.913. Precision 0.942, recall 0.951
    // (0.951 / 0.942 before) since the model was refitted on 29 November to every set tuned on.
    ['drift/z5', { p: 0.92, r: 0.88 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.976, recall 0.825.
    ['drift/z6', { p: 0.95, r: 0.8 }],
    // Trained on: first scored unseen at precision 0.966, recall 0.825.
    ['drift/z7', { p: 0.95, r: 0.95 }],
    // Held out, lines never read: first scored unseen at precision 0.990, recall 0.880.
    // Recall 0.833 since the model reads names as one word.
    ['drift/z8', { p: 0.95, r: 0.83 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.940, recall 0.862.
    ['drift/z9', { p: 0.9, r: 0.83 }],
    // Tuned on (lines read, never fitted): first scored unseen at precision 0.939, recall 0.811.
    // Recall 0.747 since the model reads names as one word.
    ['drift/z10', { p: 0.92, r: 0.74 }],
    // Held out, written during the second round of tuning and first scored after it: precision 0.951, recall 0.880.
    ['drift/z11', { p: 0.92, r: 0.85 }],
    // Tuned on (lines read, never fitted): first scored unseen at precision 0.895, recall 0.940.
    ['drift/z13', { p: 0.88, r: 0.92 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.921, recall 0.912
    // (0.952 / 0.971 with the model at the start of that round).
    // 0.898 / 0.951 since the model is fitted to every tuned set.
    ['drift/z12', { p: 0.88, r: 0.89 }],
    // Tuned on for client identifiers (drift lines read, never fitted): first scored unseen at precision 0.976, recall 0.862.
    ['drift/z14', { p: 0.95, r: 0.84 }],
    // Held out, lines never read: first scored unseen at precision 0.960, recall 0.922.
    ['drift/z15', { p: 0.94, r: 0.9 }],
    // Tuned on for client identifiers (drift lines never read or fitted): first scored unseen at precision 0.971, recall 0.909.
    ['drift/z16', { p: 0.95, r: 0.89 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.911, recall 0.766.
    ['drift/z17', { p: 0.89, r: 0.75 }],
    // Tuned on for client identifiers (drift lines read, never fitted): first scored unseen at precision 0.931, recall 0.888.
    ['drift/z18', { p: 0.91, r: 0.86 }],
    // Held out, lines never read: first scored unseen at precision 0.952, recall 0.898.
    ['drift/z19', { p: 0.93, r: 0.87 }],
    // Held out, written while this round of tuning went on and first scored after it: precision 0.928, recall 0.900.
    ['drift/z20', { p: 0.91, r: 0.88 }],
    // Tuned on for client identifiers (drift lines read, never fitted): first scored unseen at precision 0.943, recall 0.965.
    ['drift/z21', { p: 0.92, r: 0.94 }],
    // Held out, lines never read: first scored unseen at precision 0.922, recall 0.954.
    ['drift/z22', { p: 0.9, r: 0.93 }],
    // Held out, lines never read: first scored unseen at precision 0.944, recall 0.913.
    ['drift/z23', { p: 0.92, r: 0.89 }],
    // Tuned on (drift lines read): first scored unseen at precision 0.882, recall 0.852; one of the sets that choose
    // the model's thresholds since it was fitted to every tuned set (0.844 / 0.864).
    ['drift/z24', { p: 0.82, r: 0.84 }],
    // Held out, lines never read: first scored unseen at precision 0.950, recall 0.905 (0.935 / 0.857 with the model before
    // it was fitted to every tuned set).
    ['drift/z25', { p: 0.93, r: 0.88 }],
    // Held out, lines never read: first scored unseen at precision 0.955, recall 0.766 (0.953 / 0.730 with the model before
    // it was fitted to every tuned set).
    ['drift/z26', { p: 0.93, r: 0.74 }],
    // Held out, lines never read: first scored unseen at precision 0.921, recall 0.929 (0.936 / 0.912 with the model before
    // it was fitted to every tuned set).
    ['drift/z27', { p: 0.9, r: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 0.907, recall 0.861 (0.895 / 0.861 with the model at the start of that pass).
    ['drift/z28', { p: 0.88, r: 0.84 }],
    // Held out, lines never read: first scored unseen at precision 0.944, recall 0.870 (0.938 / 0.792 with the model at the start of that pass).
    ['drift/z30', { p: 0.92, r: 0.84 }],
    // Held out, lines never read: first scored unseen at precision 0.908, recall 0.896 (0.915 / 0.844 with the model two passes before).
    ['drift/z29', { p: 0.88, r: 0.86 }],
    // Held out, lines never read: first scored unseen at precision 0.971, recall 0.895 (the same with the model at the start of that pass).
    ['drift/z31', { p: 0.94, r: 0.86 }],
    // Held out, lines never read: first scored unseen at precision 0.988, recall 0.942 (the same with the engine at the start of that pass).
    ['drift/z32', { p: 0.95, r: 0.9 }],
    // Held out, lines never read: first scored unseen at precision 0.955, recall 0.934 (the same with the engine at the start of that pass).
    ['drift/z33', { p: 0.93, r: 0.92 }],
    // Held out, lines never read: first scored unseen at precision 0.971, recall 0.893 (the same at the end of that pass).
    ['drift/z34', { p: 0.95, r: 0.87 }],
    // Held out, lines never read: first scored unseen at precision 0.971, recall 0.880 (the same with the engine of the moment it was added, mid-pass).
    ['drift/z35', { p: 0.95, r: 0.86 }],
  ] as const) {
    it(`judges drift in test/fixtures/${set}: precision ≥ ${floor.p}, recall ≥ ${floor.r}`, () => {
      const s = score(path.join(ROOT, 'test', 'fixtures', set));
      assert.ok(s.drift.precision >= floor.p, `drift precision ${s.drift.precision}`);
      assert.ok(s.drift.recall >= floor.r, `drift recall ${s.drift.recall}`);
    });
  }
});
