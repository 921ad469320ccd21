import type { DriftPassage } from '../drift/passages';
import type { DriftSection } from '../structure/drift-sections';
import type { LineIndex } from '../text/line-index';
import type { DocumentKind } from '../types';
import type { RuleFinding } from './rule';

// Where it belongs comes first: the Problems panel cuts long messages, and
// where the passage should go is what a reader needs.
const WHERE: Record<DocumentKind, string> = {
  leadership: 'a leadership document',
  supervision: "the clinician's supervision notes",
};

const CONCERNS: Record<DocumentKind, string> = {
  leadership: 'which concerns the organisation rather than this clinician',
  supervision: 'which concerns one person rather than the organisation',
};

// What a writer may keep where they are: the organisational point in a policy, this clinician's part in a supervision note.
const INSTEAD: Record<DocumentKind, string> = {
  leadership: "Or keep here only what it means for this clinician's own work.",
  supervision: 'Or keep here only what the organisation learned from it, without the personal details.',
};

const quote = (cues: string[]) => cues.slice(0, 3).map((c) => `"${c}"`).join(', ');

/** The cue words that carried the decision, or, where the evidence is the block's shape, that shape in words. */
const evidenceOf = (passage: DriftPassage) => (passage.cues.length ? quote(passage.cues) : (passage.structural ?? 'its wording'));

/** The finding for a drifting passage: what drifted, why, and where it belongs. */
export function driftFinding(passage: DriftPassage): RuleFinding {
  const belongs = passage.category.belongs;
  const label = passage.category.label;
  return {
    start: passage.start,
    end: passage.end,
    message: `Belongs in ${WHERE[belongs]}: ${label}, ${CONCERNS[belongs]} (${evidenceOf(passage)}). ${passage.category.instead ?? INSTEAD[belongs]}`,
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
export function driftSectionFinding(section: DriftSection, lines: LineIndex): RuleFinding {
  const { category } = section;
  return {
    start: section.heading.start,
    end: section.heading.end,
    message: `This whole section belongs in ${WHERE[category.belongs]}: ${category.label}, ${CONCERNS[category.belongs]} (${quote(section.cues)}). ${category.instead ?? INSTEAD[category.belongs]}`,
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
