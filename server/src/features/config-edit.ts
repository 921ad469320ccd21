import { isMap, parseDocument } from 'yaml';

export type ConfigFormat = 'yaml' | 'json';

/** The configuration text with a rule turned off; undefined when the file cannot be read safely. */
export function turnRuleOff(text: string | undefined, format: ConfigFormat, ruleId: string): string | undefined {
  return edit(text, format, (o) => {
    const rules = (o.rules && typeof o.rules === 'object' ? o.rules : {}) as Record<string, unknown>;
    rules[ruleId] = 'off';
    o.rules = rules;
  }, (doc) => doc.setIn(['rules', ruleId], 'off'));
}

/** The configuration text with a phrase added to the never-flag list (once). */
export function addIgnoredPhrase(text: string | undefined, format: ConfigFormat, phrase: string): string | undefined {
  return edit(
    text,
    format,
    (o) => {
      const list = Array.isArray(o.ignore) ? (o.ignore as unknown[]) : [];
      if (!list.some((p) => String(p).toLowerCase() === phrase.toLowerCase())) list.push(phrase);
      o.ignore = list;
    },
    (doc) => {
      const list = doc.get('ignore') as { items?: { value?: unknown }[] } | undefined;
      if (list?.items?.some((i) => String(i.value ?? i).toLowerCase() === phrase.toLowerCase())) return;
      if (list && Array.isArray(list.items)) doc.addIn(['ignore'], phrase);
      else doc.set('ignore', [phrase]);
    },
  );
}

/**
 * Edits configuration text: YAML through its document model, so comments and
 * layout survive; JSON by value, with two-space indentation. A file that does
 * not parse is left alone.
 */
function edit(text: string | undefined, format: ConfigFormat, onValue: (o: Record<string, unknown>) => void, onYaml: (doc: ReturnType<typeof parseDocument>) => void): string | undefined {
  if (format === 'json') {
    let o: Record<string, unknown> = {};
    if (text?.trim()) {
      try {
        const parsed = JSON.parse(text) as unknown;
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
        o = parsed as Record<string, unknown>;
      } catch {
        return undefined;
      }
    }
    onValue(o);
    return JSON.stringify(o, null, 2) + '\n';
  }
  const doc = parseDocument(text ?? '');
  if (doc.errors.length) return undefined;
  if (doc.contents !== null && !isMap(doc.contents)) return undefined;
  onYaml(doc);
  return doc.toString();
}
