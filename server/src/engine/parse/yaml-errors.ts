import type { YAMLError } from 'yaml';

/**
 * Messages of the yaml package that can quote the text they stumbled on: their
 * own words here, so that no message repeats what a document says.
 */
const OWN_WORDS: Record<string, string> = {
  UNEXPECTED_TOKEN: 'unexpected text here',
  BAD_DQ_ESCAPE: 'a quoted value has a `\\` that starts no escape; write `\\\\` for a backslash',
  BAD_ALIAS: 'an alias (`*name`) here does not refer to an anchor',
  TAG_RESOLVE_FAILED: 'a `!tag` here is not known',
  BAD_DIRECTIVE: 'a `%` directive here is not known',
};

/** A YAML error in one line of plain words, quoting no text from the file. */
export function yamlProblem(error: Pick<YAMLError, 'code' | 'message'>): string {
  const own = OWN_WORDS[error.code];
  if (own) return own;
  return error.message
    .split('\n')[0]!
    .replace(/\s+at line \d+, column \d+:?$/, '')
    .replace(/:?\s*"[^"]*"?/g, '')
    .replace(/:?\s*'[^']*'?/g, '')
    .trim();
}
