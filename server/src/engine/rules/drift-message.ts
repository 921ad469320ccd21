import type { DriftPassage } from '../drift/passages';
import type { DriftSection } from '../structure/drift-sections';
import type { LineIndex } from '../text/line-index';
import type { DocumentKind } from '../types';
import type { RuleFinding } from './rule';

const WHERE: Record<DocumentKind, string> = {
  leadership: 'a leadership document (a policy, plan, memo or leadership minutes)',
  supervision: "the clinician's own supervision notes",
};

const ABOUT: Record<DocumentKind, string> = {
  leadership: "it is about the organisation, not this clinician's practice",
  supervision: 'it is about one person, not the organisation',
};

const quote = (cues: string[]) => cues.slice(0, 3).map((c) => `"${c}"`).join(', ');

/** The cue words that carried the decision, or, where the evidence is the block's shape, that shape in words. */
const evidenceOf = (passage: DriftPassage) => (passage.cues.length ? quote(passage.cues) : (passage.structural ?? 'its wording'));

/** The finding for a drifting passage: what drifted, why, and where it belongs. */
export function driftFinding(passage: DriftPassage, documentKind: DocumentKind): RuleFinding {
  const belongs = passage.category.belongs;
  const label = passage.category.label;
  return {
    start: passage.start,
    end: passage.end,
    message: `${label[0]!.toUpperCase()}${label.slice(1)} in a ${documentKind} document (${evidenceOf(passage)}): ${ABOUT[belongs]}. It belongs in ${WHERE[belongs]}.`,
    data: {
      category: passage.category.id,
      categoryLabel: label,
      belongsIn: belongs,
      cues: passage.cues,
      confidence: passage.confidence,
      why: passage.category.why,
    },
  };
}

/** The finding for a section that drifts as a whole: on its heading, with the whole section's range in `data.section`. */
export function driftSectionFinding(section: DriftSection, documentKind: DocumentKind, lines: LineIndex): RuleFinding {
  const { category } = section;
  return {
    start: section.heading.start,
    end: section.heading.end,
    message: `This whole section is ${category.label} (${quote(section.cues)}), out of scope for a ${documentKind} document. It belongs in ${WHERE[category.belongs]}.`,
    data: {
      category: category.id,
      categoryLabel: category.label,
      belongsIn: category.belongs,
      cues: section.cues,
      confidence: section.confidence,
      why: category.why,
      section: lines.rangeOf(section.start, section.end),
    },
  };
}
