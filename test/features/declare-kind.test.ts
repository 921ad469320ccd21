import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { declareKindEdit, suggestedKind } from '../../server/src/features/declare-kind';
import { check, lines } from '../helpers';

const declare = (text: string, kind: 'supervision' | 'leadership') =>
  TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), [declareKindEdit(check(text), kind)]);

describe('declaring a document kind', () => {
  it('adds front matter where there is none', () => {
    assert.equal(declare('# Notes\n', 'supervision'), '---\nscope: supervision\n---\n\n# Notes\n');
    assert.equal(declare('', 'leadership'), '---\nscope: leadership\n---\n');
  });

  it('adds the key to existing front matter', () => {
    assert.equal(declare(lines('---', 'title: Plan', '---', '', '# Plan'), 'leadership'), lines('---', 'scope: leadership', 'title: Plan', '---', '', '# Plan'));
  });

  it('replaces a misspelt or empty value', () => {
    assert.equal(declare(lines('---', 'scope: supervison', '---', 'Text.'), 'supervision'), lines('---', 'scope: supervision', '---', 'Text.'));
    assert.equal(declare(lines('---', 'scope:', '---', 'Text.'), 'leadership'), lines('---', 'scope: leadership', '---', 'Text.'));
  });

  it('keeps CRLF line endings', () => {
    assert.equal(declare('# Notes\r\n', 'supervision'), '---\r\nscope: supervision\r\n---\r\n\r\n# Notes\r\n');
  });

  it('suggests the nearest kind for a misspelt value', () => {
    assert.equal(suggestedKind(check(lines('---', 'scope: leadrship', '---', 'Text.'))), 'leadership');
  });
});
