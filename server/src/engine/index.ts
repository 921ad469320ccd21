/** The analysis engine's public surface. Nothing here touches files, editors or the network. */
export { analyze, sharedCache, type AnalysisResult, type AnalyzeOptions } from './analyze';
export { EvidenceCache } from './drift/passages';
export { Lexicon, categories, pillars, type Category, type LexiconExtensions } from './lexicon/lexicon';
export { RULES, ruleById } from './rules/registry';
export { parseTemplate, type Template } from './templates/template-file';
export { documentTypeOf, sectionsOf } from './structure/sections';
export { docsUrl, type Rule } from './rules/rule';
export { LineIndex } from './text/line-index';
export type { Diagnostic, DocumentKind, KindResult, KindSource, Position, Range, Severity } from './types';
