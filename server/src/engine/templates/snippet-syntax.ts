import { SnippetParser } from 'vscode-snippet-parser';

/** Values for the snippet variables a template may use, for previews and checks. */
export function previewVariables(now = new Date()): Record<string, string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(2),
    CURRENT_MONTH: pad(now.getMonth() + 1),
    CURRENT_MONTH_NAME: months[now.getMonth()]!,
    CURRENT_MONTH_NAME_SHORT: months[now.getMonth()]!.slice(0, 3),
    CURRENT_DATE: pad(now.getDate()),
    CURRENT_DAY_NAME: days[now.getDay()]!,
    CURRENT_DAY_NAME_SHORT: days[now.getDay()]!.slice(0, 3),
    CURRENT_HOUR: pad(now.getHours()),
    CURRENT_MINUTE: pad(now.getMinutes()),
    CURRENT_SECOND: '00',
    TM_FILENAME: 'notes.md',
    TM_FILENAME_BASE: 'notes',
  };
}

/**
 * The text a snippet inserts when every tab stop keeps its default, every
 * choice its first option, and variables take the given values.
 */
export function expandSnippet(body: string, variables: Record<string, string> = previewVariables()): string {
  const snippet = new SnippetParser().parse(body, false);
  snippet.resolveVariables({ resolve: (v) => variables[v.name] });
  return snippet.toString();
}

/** Tab stops inside one another beyond this are refused: the snippet parser's time grows steeply with the depth. */
export const MAX_SNIPPET_NESTING = 10;

/** Where a body first nests `${` deeper than MAX_SNIPPET_NESTING, if it does. Linear; never runs the parser. */
export function tooDeepAt(body: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '$' && body[i + 1] === '{') {
      if (++depth > MAX_SNIPPET_NESTING) return i;
      i++;
    } else if (c === '}' && depth > 0) depth--;
  }
  return undefined;
}

/**
 * Problems with a snippet body, as VS Code would read it. VS Code's parser
 * never fails: what it cannot read as a tab stop, choice or variable it
 * inserts as plain text, so a `$` or `${` left in the expansion is a mistake.
 */
export function snippetProblems(body: string): string[] {
  const problems: string[] = [];
  const expanded = expandSnippet(body);
  if (/\$\{/.test(expanded)) problems.push('a `${` is not closed or not a valid tab stop, choice or variable (write a literal $ as \\$)');
  else if (/\$(\d|[A-Za-z_])/.test(expanded)) problems.push('a `$` is not a known variable or a valid tab stop (write a literal $ as \\$)');
  return problems;
}
