import assert from 'node:assert/strict';
import type { Diagnostic } from '../../server/src/engine';
import { sameFindings } from '../../server/src/lsp/same-findings';

const finding = (line: number, data?: Record<string, unknown>): Diagnostic => ({
  code: 'scope/leadership-in-supervision',
  severity: 'warning',
  message: 'Belongs in a leadership document.',
  range: { start: { line, character: 2 }, end: { line, character: 40 } },
  ...(data ? { data } : {}),
});

describe('telling whether the findings of two versions are the same', () => {
  it('finds equal lists equal, and any moved, reworded or added finding different', () => {
    const before = [finding(3, { cues: ['budget'] }), finding(8)];
    assert.ok(sameFindings(before, [finding(3, { cues: ['budget'] }), finding(8)]));
    assert.ok(!sameFindings(before, [finding(3, { cues: ['budget'] }), finding(9)]));
    assert.ok(!sameFindings(before, [finding(3, { cues: ['budget'] }), { ...finding(8), message: 'Another reason.' }]));
    assert.ok(!sameFindings(before, [finding(3, { cues: ['budget'] }), { ...finding(8), severity: 'error' }]));
    assert.ok(!sameFindings(before, [finding(3, { cues: ['budget'] })]));
  });

  it('compares what a finding carries for its quick fixes, not only where it is', () => {
    assert.ok(!sameFindings([finding(3, { cues: ['budget'] })], [finding(3, { cues: ['headcount'] })]));
    assert.ok(!sameFindings([finding(3)], [finding(3, { cues: [] })]));
  });
});

describe('what a finding carries, compared', () => {
  it('tells nested values and missing keys apart as a deep comparison does', () => {
    const at = (data: Record<string, unknown>) => ({ ...finding(3), data });
    assert.ok(sameFindings([at({ mentions: [{ start: 1, end: 4 }] })], [at({ mentions: [{ start: 1, end: 4 }] })]));
    assert.ok(!sameFindings([at({ mentions: [{ start: 1, end: 4 }] })], [at({ mentions: [{ start: 2, end: 5 }] })]));
    assert.ok(!sameFindings([at({ a: undefined })], [at({ b: undefined })]));
    assert.ok(sameFindings([at({ confidence: Number.NaN })], [at({ confidence: Number.NaN })]));
  });
});
