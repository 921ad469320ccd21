import type { HtmlComment, ParsedDocument } from '../parse/document';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

/** One `<!-- clinical-scope-… -->` comment. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or families ("scope") named; empty means every rule. */
  rules: string[];
  reason?: string;
  /** Offsets of the whole comment. */
  start: number;
  end: number;
  /** 0-based line of the comment's start. */
  line: number;
}

const DIRECTIVE = /^\s*clinical-scope-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*)$/;

/**
 * Reads the directive comments of a document, markdownlint style:
 * `<!-- clinical-scope-disable-next-line scope/leadership-in-supervision -- reason -->`.
 * Rules are separated by spaces or commas; the reason follows ` -- `.
 */
export function readDirectives(doc: ParsedDocument): Directive[] {
  return doc.comments.flatMap((c: HtmlComment): Directive[] => {
    const m = DIRECTIVE.exec(c.body);
    if (!m) return [];
    const rest = m[2]!;
    const sep = rest.search(/(^|\s)--(\s|$)/);
    const list = sep >= 0 ? rest.slice(0, sep) : rest;
    const reason = sep >= 0 ? rest.slice(sep).replace(/^\s*--\s*/, '').trim() : undefined;
    return [
      {
        kind: m[1] as DirectiveKind,
        rules: list.split(/[\s,]+/).filter(Boolean),
        ...(reason ? { reason } : {}),
        start: c.start,
        end: c.end,
        line: doc.lines.positionAt(c.start).line,
      },
    ];
  });
}
