import { ruleById } from './registry';

/** Every rule id, for suggestions; a function so the registry can import the rules that use it. */
export const RULES = (): string[] => [...ruleById.keys()];
