/**
 * Globs for the team's `kinds:` map, matched without regular expressions.
 *
 * A configuration file can come from an untrusted workspace, so no glob may
 * make matching slow: a backtracking regular expression built from
 * `*a*a*a*a*x` takes minutes on a long file name. Here `*` and `**` are matched
 * by the two-pointer wildcard method (return to the last star only), which
 * costs at most the glob's length times the path's, whatever the glob.
 *
 * Supported: `*` (within a folder name), `**` (any number of folders), `?`,
 * `[abc]`, `[a-z]`, `[!abc]`, `{a,b}` and `\` to escape.
 */

export class GlobError extends Error {}

/** At most this many alternatives after expanding `{a,b}`. */
const MAX_ALTERNATIVES = 64;
const MAX_GLOB_LENGTH = 500;

type Atom = { star: true } | { star?: false; test: (c: string) => boolean };
type Segment = { globstar: true } | { globstar?: false; atoms: Atom[] };

/** Compiles a glob; throws GlobError, in plain words, when it is malformed. */
export function compileGlob(glob: string): (path: string) => boolean {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(`it is longer than ${MAX_GLOB_LENGTH} characters`);
  const patterns = expandBraces(glob).map((g) => g.split('/').map(compileSegment));
  return (path) => {
    const parts = path.split('/');
    return patterns.some((p) => matchSequence(p, parts, (s, part) => !s.globstar && matchAtoms(s.atoms, part), (s) => s.globstar === true));
  };
}

/**
 * Matches a sequence of pattern items against a sequence of subjects, where
 * some items (stars) match any run of subjects. Linear in the product of the lengths.
 */
function matchSequence<P, S>(pattern: P[], subject: S[], one: (p: P, s: S) => boolean, isStar: (p: P) => boolean): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < subject.length) {
    if (p < pattern.length && isStar(pattern[p]!)) {
      starP = p++;
      starS = s;
    } else if (p < pattern.length && one(pattern[p]!, subject[s]!)) {
      p++;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < pattern.length && isStar(pattern[p]!)) p++;
  return p === pattern.length;
}

function matchAtoms(atoms: Atom[], name: string): boolean {
  return matchSequence(atoms, [...name], (a, c) => !a.star && a.test(c), (a) => a.star === true);
}

function compileSegment(segment: string): Segment {
  if (segment === '**') return { globstar: true };
  const atoms: Atom[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') {
      if (segment[i + 1] === '*') throw new GlobError('`**` must be a whole folder name, as in `notes/**/*.md`');
      atoms.push({ star: true });
    } else if (c === '?') atoms.push({ test: () => true });
    else if (c === '\\') {
      const next = segment[++i];
      if (next === undefined) throw new GlobError('it ends with a lone `\\`');
      atoms.push({ test: (x) => x === next });
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) throw new GlobError('a `[` is never closed');
      atoms.push({ test: characterClass(segment.slice(i + 1, close)) });
      i = close;
    } else if (c === ']' || c === '(' || c === ')' || c === '|') {
      throw new GlobError(`\`${c}\` is not supported in a glob; write \`\\${c}\` for the character itself`);
    } else atoms.push({ test: (x) => x === c });
  }
  return { atoms };
}

function characterClass(body: string): (c: string) => boolean {
  const negate = body[0] === '!' || body[0] === '^';
  const chars = [...(negate ? body.slice(1) : body)];
  const ranges: [string, string][] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      ranges.push([chars[i]!, chars[i + 2]!]);
      i += 2;
    } else ranges.push([chars[i]!, chars[i]!]);
  }
  return (c) => ranges.some(([a, b]) => c >= a && c <= b) !== negate;
}

/** `{a,b}c` → `ac`, `bc`, nested braces included, up to MAX_ALTERNATIVES. */
function expandBraces(glob: string): string[] {
  const open = findUnescaped(glob, '{', 0);
  if (open < 0) {
    if (findUnescaped(glob, '}', 0) >= 0) throw new GlobError('a `}` has no `{`');
    return [glob];
  }
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      close = i;
      break;
    } else if (glob[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) throw new GlobError('a `{` is never closed');
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const expanded of expandBraces(glob.slice(0, open) + glob.slice(bounds[k]! + 1, bounds[k + 1]) + glob.slice(close + 1))) {
      out.push(expanded);
      if (out.length > MAX_ALTERNATIVES) throw new GlobError(`its \`{a,b}\` alternatives make more than ${MAX_ALTERNATIVES} patterns`);
    }
  }
  return out;
}

function findUnescaped(text: string, char: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}
