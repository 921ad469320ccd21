/** The analysis engine's public surface. Nothing here touches files, editors or the network. */
export { analyze, cacheFor, sharedCache, type AnalysisResult, type AnalyzeOptions } from './analyze';
export { mergeConfig, joinPath, type ConfigLayer } from './config/merge';
export { parseConfig, type ParsedConfig } from './config/parse';
export { DEFAULT_CONFIG, type ConfigProblem, type EffectiveConfig, type TeamConfig } from './config/types';
export type { Suppression } from './suppress/apply';
export type { Directive } from './suppress/directives';
export { EvidenceCache } from './drift/passages';
export { Lexicon, categories, pillars, type Category, type LexiconExtensions } from './lexicon/lexicon';
export { RULES, ruleById } from './rules/registry';
export { parseTemplate, type Template } from './templates/template-file';
export { documentTypeOf, sectionsOf } from './structure/sections';
export { docsUrl, type Rule } from './rules/rule';
export { LineIndex } from './text/line-index';
export type { Diagnostic, DocumentKind, KindResult, KindSource, Position, Range, Severity } from './types';
export { parseDocument } from './parse/document';
export { driftBlocks } from './drift/passages';
