import assert from 'node:assert/strict';
import { PhraseMatcher } from '../../server/src/engine/lexicon/matcher';
import { tokenize } from '../../server/src/engine/lexicon/tokenize';

const find = (phrases: string[], text: string) =>
  new PhraseMatcher(phrases.map((phrase) => ({ phrase, info: phrase })))
    .findAll(tokenize(text))
    .map((m) => m.info)
    .sort();

describe('PhraseMatcher', () => {
  it('matches phrases as whole words, across inflections and hyphens', () => {
    assert.deepEqual(find(['team building', 'hiring freeze'], 'The team-building day and the hiring freezes.'), ['hiring freeze', 'team building']);
    assert.deepEqual(find(['plan'], 'She planned the explanation.'), ['plan']);
    assert.deepEqual(find(['plan'], 'The explanation.'), []);
  });

  it('supports exact words, wildcards and numbers', () => {
    assert.deepEqual(find(['=Trust'], 'The Trust agreed; trust was built.'), ['=Trust']);
    assert.deepEqual(find(['=clients'], 'One client, two clients.'), ['=clients']);
    assert.deepEqual(find(['the * year old'], 'the 14-year-old'), ['the * year old']);
    assert.deepEqual(find(['<num> client minimum'], 'a 28-client minimum'), ['<num> client minimum']);
    assert.deepEqual(find(['<num> client minimum'], 'a new client minimum'), []);
  });

  it('finds nothing, and finishes, on a long text of near misses', () => {
    const phrases = Array.from({ length: 200 }, (_, i) => `word word word stop${i}`);
    assert.deepEqual(find(phrases, 'word '.repeat(20000)), []);
  });
});
