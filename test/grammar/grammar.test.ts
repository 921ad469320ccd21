import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributed = pkg.contributes.grammars as { scopeName: string; path: string; injectTo: string[] }[];
const grammarFiles: Record<string, string> = {
  'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
  'source.yaml': require.resolve('tm-grammars/grammars/yaml.json'),
  ...Object.fromEntries(contributed.map((g) => [g.scopeName, path.join(ROOT, g.path)])),
};

async function markdownGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (grammarFiles[scope] ? vsctm.parseRawGrammar(fs.readFileSync(grammarFiles[scope]!, 'utf8'), grammarFiles[scope]) : null),
    getInjections: (scope) => contributed.filter((g) => g.injectTo.includes(scope)).map((g) => g.scopeName),
  });
  return (await registry.loadGrammar('text.html.markdown'))!;
}

/** Tokenizes a document; returns, per line, the tokens that carry one of our scopes. */
function ourTokens(grammar: vsctm.IGrammar, text: string): [string, string][][] {
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens
      .map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.filter((s) => s.endsWith('.clinical-scope')).pop() ?? ''] as [string, string])
      .filter(([, s]) => s);
  });
}

describe('syntax grammar', () => {
  let grammar: vsctm.IGrammar;
  before(async () => {
    grammar = await markdownGrammar();
  });

  it('is contributed as injections into Markdown', () => {
    assert.deepEqual(contributed.map((g) => g.injectTo), [['text.html.markdown'], ['text.html.markdown']]);
  });

  it('highlights the scope key and a valid kind in front matter, any capitalisation', () => {
    const lines = ourTokens(grammar, '---\nscope: Supervision\ntitle: Notes\n---\n');
    assert.deepEqual(lines[1], [
      ['scope', 'support.type.property-name.scope.clinical-scope'],
      [':', 'punctuation.separator.key-value.clinical-scope'],
      ['Supervision', 'constant.language.kind.clinical-scope'],
    ]);
    assert.deepEqual(lines[2], []);
  });

  it('marks a value that is not a kind as invalid', () => {
    assert.deepEqual(ourTokens(grammar, '---\nscope: supervison\n---\n')[1]!.pop(), ['supervison', 'invalid.illegal.kind.clinical-scope']);
  });

  it('leaves `scope:` alone outside front matter', () => {
    assert.deepEqual(ourTokens(grammar, '# Notes\n\nscope: supervision\n')[2], []);
  });

  it('highlights directive comments: the directive, known rule ids, unknown ones and the reason', () => {
    const [line] = ourTokens(grammar, 'Text <!-- clinical-scope-disable-next-line scope/leadership-in-supervision, typo -- agreed with the director -->');
    assert.deepEqual(
      line!.filter(([, s]) => !s.startsWith('comment.block')),
      [
        ['<!--', 'punctuation.definition.comment.begin.clinical-scope'],
        ['clinical-scope-disable-next-line', 'keyword.control.directive.clinical-scope'],
        ['scope/leadership-in-supervision', 'entity.name.tag.rule.clinical-scope'],
        ['typo', 'invalid.illegal.rule.clinical-scope'],
        [' -- ', 'punctuation.separator.reason.clinical-scope'],
        ['agreed with the director ', 'string.unquoted.reason.clinical-scope'],
        ['-->', 'punctuation.definition.comment.end.clinical-scope'],
      ],
    );
  });

  it('leaves ordinary comments and code blocks alone', () => {
    const lines = ourTokens(grammar, '<!-- a note -->\n\n```\n<!-- clinical-scope-disable -->\n```\n');
    assert.deepEqual(lines.flat(), []);
  });
});
