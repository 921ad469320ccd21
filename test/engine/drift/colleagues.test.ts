import assert from 'node:assert/strict';
import { colleagueUnits, parseDocument, WhoIsWho } from '../../../server/src/engine';
import { lines } from '../../helpers';

describe('drift: a colleague the document is not by or about', () => {
  const note = lines(
    '---',
    'scope: supervision',
    'supervisor: Marta Kowalczyk',
    'supervisee: Ivan Petrenko',
    '---',
    '# Supervision notes',
    '',
    '## Cases',
    '',
    'Ivan brought his work with a young man who self-harms; we looked at how he paces the first sessions.',
    '',
    '## AOB',
    '',
    'Marta said that their colleague Noor Haddad has missed four Tuesday clinics this term, several of her files have no progress notes, and she has been given a formal warning.',
  );

  it('tells the workers a note lists from one it only talks about', () => {
    const doc = parseDocument(note);
    const who = new WhoIsWho(doc, 'supervision');
    const named = [...colleagueUnits(who, doc.units)].map((u) => u.prose.slice(0, 30));
    assert.deepEqual(named, ['Marta said that their colleagu']);
  });
});
