import fs from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { docsUrl, type Rule } from '../engine';

/**
 * docs/rules.md ships beside the bundles (dist/../docs), in the VSIX and the npm
 * package, so a finding's documentation link opens that file in the editor, at
 * the rule's heading, without a network. From a source checkout without it,
 * the repository's page is the fallback.
 */
const RULES_MD = path.join(__dirname, '..', 'docs', 'rules.md');

let lines: Map<string, number> | undefined;
let sections: Map<string, string> | undefined;

/** Each rule's section of docs/rules.md, as Markdown, by its anchor. */
function docSections(): Map<string, string> {
  if (sections) return sections;
  sections = new Map();
  try {
    const text = fs.readFileSync(RULES_MD, 'utf8');
    for (const part of text.split(/\r?\n(?=## )/)) {
      const anchor = /^## ([a-z-]+)\s*\r?\n/.exec(part)?.[1];
      if (anchor) sections.set(anchor, part.replace(/^## [^\n]*\n/, '').trim());
    }
  } catch {
    // not shipped here: the rule's one-line description stands alone
  }
  return sections;
}

/**
 * A rule's documentation to carry inside a report that travels (SARIF for a
 * code-scanning dashboard): the section of docs/rules.md itself, since a link
 * to this machine's files means nothing on the dashboard's.
 */
export function ruleHelp(rule: Pick<Rule, 'docsAnchor' | 'description'>): { text: string; markdown: string } {
  const section = docSections().get(rule.docsAnchor);
  return { text: rule.description, markdown: section ?? rule.description };
}

function headingLines(): Map<string, number> {
  if (lines) return lines;
  lines = new Map();
  try {
    fs.readFileSync(RULES_MD, 'utf8')
      .split(/\r?\n/)
      .forEach((text, i) => {
        const anchor = /^## ([a-z-]+)\s*$/.exec(text)?.[1];
        if (anchor) lines!.set(anchor, i + 1);
      });
  } catch {
    // not shipped here: links fall back to the web page
  }
  return lines;
}

/** The link to a rule's documentation: the shipped docs/rules.md at the rule's line (`#L12`, which editors open at that line). */
export function ruleDocsLink(rule: Pick<Rule, 'docsAnchor'>): string {
  const line = headingLines().get(rule.docsAnchor);
  return line === undefined ? docsUrl(rule) : `${URI.file(RULES_MD).toString()}#L${line}`;
}
