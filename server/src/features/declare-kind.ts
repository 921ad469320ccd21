import type { AnalysisResult, DocumentKind } from '../engine';
import type { TextEdit } from './types';
import { eolOf } from './line-breaks';

/**
 * The edit that declares a document's kind in its front matter: fixes an
 * existing `scope:` value, adds the key to existing front matter, or adds
 * front matter where there is none.
 */
export function declareKindEdit(result: AnalysisResult, kind: DocumentKind): TextEdit {
  const { document } = result;
  const { lines, text } = document;
  const eol = eolOf(text);
  const scope = document.frontMatter?.fields.get('scope');
  if (scope) {
    const empty = scope.valueEnd <= scope.valueStart;
    const at = empty ? scope.keyEnd + 1 : scope.valueStart;
    return { range: lines.rangeOf(at, empty ? at : scope.valueEnd), newText: empty ? ` ${kind}` : kind };
  }
  if (document.frontMatter) {
    // Right after the opening fence.
    const line = lines.positionAt(document.frontMatter.block.valueStart).line;
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `scope: ${kind}${eol}` };
  }
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { range: lines.rangeOf(bom, bom), newText: `---${eol}scope: ${kind}${eol}---${eol}${text.length > bom ? eol : ''}` };
}

/** The kind to suggest first when declaring: the inferred one, or the misspelt value's nearest kind. */
export function suggestedKind(result: AnalysisResult): DocumentKind | undefined {
  const invalid = result.diagnostics.find((d) => d.code === 'scope/invalid-kind');
  const suggestion = (invalid?.data as { suggestion?: DocumentKind } | undefined)?.suggestion;
  if (suggestion) return suggestion;
  return result.kind.kind === 'unknown' ? undefined : result.kind.kind;
}
