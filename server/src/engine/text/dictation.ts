import data from '../../../generated/lexicon.json';
import { alternationOf } from './alternation';

const MARKS = (data.privacy as unknown as { 'dictated-marks': Record<string, string> })['dictated-marks'];
// A spoken mark between two words, in lower case as dictation software types it: "Rosenfeld comma 10th grade".
const SPOKEN = new RegExp(`(?<=\\S) (${alternationOf(Object.keys(MARKS))})(?= \\S)`, 'g');

/**
 * The text with the punctuation a writer dictated as words read as the marks themselves ("student concern comma
 * Maya Rosenfeld comma 10th grade" → "student concern,       Maya Rosenfeld,       10th grade"). The mark
 * takes the place of the space before the word and the word becomes spaces, so every offset stays the same.
 */
export function undictated(text: string): string {
  if (!text.includes(' comma ') && !text.includes(' new ') && !text.includes(' full stop ') && !text.includes(' semicolon ')) return text;
  return text.replace(SPOKEN, (whole, word: string) => MARKS[word]! + ' '.repeat(whole.length - 1));
}
