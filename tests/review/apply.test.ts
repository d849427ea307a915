/**
 * Reviewing on a model small enough to read at a glance: one task with two measures, three units.
 * Every kind of decision, undo, proposals accepted and rejected, stale decisions, and the queue's order.
 */
import { describe, expect, it } from 'vitest';
import type { Assignment, Model, Role } from '../../server/model/model.ts';
import {
  applyDecisions,
  readingOf,
  reviewQueue,
  type ReviewEvent,
  type ReviewEventKind,
} from '../../server/model/review.ts';
import { changedMeasures } from '../../server/review/reviewing.ts';

const unit = (id: string) => ({
  id,
  name: id,
  aliases: [],
  level: 'district' as const,
  kind: 'department' as const,
  jurisdiction: '大兴区',
  known: true,
});

function party(measureId: string, role: Role, unitId: string, confidence: Assignment['confidence']): Assignment {
  return {
    id: `${measureId}:${role}:${unitId}`,
    measureId,
    role,
    unitId,
    column: role === 'lead' ? '牵头单位' : '协办单位',
    asWritten: unitId,
    lines: [10, 10],
    confidence,
    evidence: { basis: confidence === 'certain' ? 'layout' : 'order' },
    ...(confidence !== 'certain' && { uncertain: `${confidence}: order` }),
  };
}

const deadline = { text: '', kind: 'none' as const };
const model: Model = {
  seeds: [],
  jurisdictions: [],
  plans: [],
  sections: [],
  tasks: [
    { id: 't1', planId: 'p', seq: '1', title: '', titleInherited: false, lines: [1, 20] },
    { id: 't2', planId: 'p', seq: '2', title: '', titleInherited: false, lines: [21, 30] },
  ],
  measures: [
    { id: 'm1', taskId: 't1', planId: 'p', text: '甲', deadline, lines: [10, 10] },
    { id: 'm2', taskId: 't1', planId: 'p', text: '乙', deadline, lines: [11, 11] },
    { id: 'm3', taskId: 't2', planId: 'p', text: '丙', deadline, lines: [21, 21] },
  ],
  units: [unit('A'), unit('B'), unit('C'), unit('D')],
  persons: [],
  assignments: [
    party('m1', 'lead', 'A', 'certain'),
    party('m1', 'coop', 'B', 'unclear'),
    party('m1', 'coop', 'C', 'certain'),
    party('m2', 'lead', 'A', 'likely'),
    party('m3', 'lead', 'D', 'certain'),
  ],
  unknownNames: [],
  links: [],
  unmatched: [],
};

let clock = 0;
function event(kind: ReviewEventKind, over: Partial<ReviewEvent> = {}): ReviewEvent {
  clock++;
  return {
    id: `e${clock}`,
    at: `2026-12-01T00:00:${String(clock).padStart(2, '0')}.000Z`,
    by: 'boss',
    kind,
    ...(['undo', 'accept', 'reject'].includes(kind) ? {} : { status: 'decided' as const }),
    ...over,
  };
}
const about = (id: string) => ({ reading: readingOf(model.assignments.find((a) => a.id === id)!) });
const summary = (m: Model) => m.assignments.map((a) => `${a.measureId} ${a.role} ${a.unitId} ${a.confidence}`);

describe('applyDecisions', () => {
  it('confirms a reading: certain, reviewed by whom, when and why, and nothing else changes', () => {
    const confirm = event('confirm', { ...about('m1:coop:B'), note: '电话核实' });
    const { model: reviewed, applied, stale } = applyDecisions(model, [confirm]);
    const b = reviewed.assignments.find((a) => a.id === 'm1:coop:B')!;
    expect(b).toMatchObject({
      confidence: 'certain',
      reviewed: { decision: confirm.id, by: 'boss', note: '电话核实' },
    });
    expect(b).not.toHaveProperty('uncertain');
    expect(applied).toEqual([confirm]);
    expect(stale).toEqual([]);
    expect(reviewed.assignments.filter((a) => a.id !== 'm1:coop:B')).toEqual(
      model.assignments.filter((a) => a.id !== 'm1:coop:B'),
    );
    expect(model.assignments[1]!.confidence).toBe('unclear'); // the model given is untouched
  });

  it('changes a role: co-op B becomes lead, under the lead column, in its place', () => {
    const { model: reviewed } = applyDecisions(model, [event('role', { ...about('m1:coop:B'), role: 'lead' })]);
    expect(summary(reviewed).slice(0, 3)).toEqual(['m1 lead A certain', 'm1 coop C certain', 'm1 lead B certain']);
    expect(reviewed.assignments.find((a) => a.id === 'm1:lead:B')!.column).toBe('牵头单位');
  });

  it('moves a party to another measure of the same row, and refuses one of another row as stale', () => {
    const move = event('move', { ...about('m1:coop:B'), toMeasure: 'm2' });
    const far = event('move', { ...about('m1:coop:C'), toMeasure: 'm3' });
    const { model: reviewed, stale } = applyDecisions(model, [move, far]);
    expect(summary(reviewed)).toEqual([
      'm1 lead A certain',
      'm1 coop C certain',
      'm2 lead A likely',
      'm2 coop B certain',
      'm3 lead D certain',
    ]);
    expect(stale.map((s) => s.event)).toEqual([far]);
    expect(stale[0]!.reason).toMatch(/same row/);
  });

  it('moving onto a measure the party is already on with that role makes the two one', () => {
    const { model: reviewed } = applyDecisions(model, [event('move', { ...about('m2:lead:A'), toMeasure: 'm1' })]);
    expect(summary(reviewed).filter((s) => s.includes(' A '))).toEqual(['m1 lead A certain']);
  });

  it('removes a party', () => {
    const { model: reviewed } = applyDecisions(model, [event('remove', about('m1:coop:B'))]);
    expect(reviewed.assignments.map((a) => a.id)).not.toContain('m1:coop:B');
    expect(reviewed.assignments).toHaveLength(4);
  });

  it('adds a party the reader missed, after the measure’s others, with its source line', () => {
    const add = event('add', {
      reading: { measureId: 'm1', role: 'coop', unitId: 'D', asWritten: 'D局', lines: [12, 12] },
    });
    const { model: reviewed } = applyDecisions(model, [add]);
    expect(reviewed.assignments[3]).toMatchObject({
      id: 'm1:coop:D',
      column: '协办单位',
      asWritten: 'D局',
      lines: [12, 12],
      confidence: 'certain',
      reviewed: { decision: add.id },
    });
  });

  it('undo restores the read answer', () => {
    const remove = event('remove', about('m1:coop:B'));
    const { model: reviewed, outcomes } = applyDecisions(model, [remove, event('undo', { target: remove.id })]);
    expect(reviewed.assignments).toEqual(model.assignments);
    expect(outcomes.get(remove.id)).toBe('undone');
  });

  it('a proposal waits for a supervisor: applied once accepted, never when rejected', () => {
    const proposal = event('role', { ...about('m1:coop:B'), role: 'lead', status: 'proposed', by: 'rep' });
    expect(applyDecisions(model, [proposal]).model.assignments).toEqual(model.assignments);
    expect(applyDecisions(model, [proposal]).outcomes.get(proposal.id)).toBe('proposed');
    const accept = event('accept', { target: proposal.id });
    const accepted = applyDecisions(model, [proposal, accept]);
    expect(accepted.model.assignments.find((a) => a.id === 'm1:lead:B')!.reviewed).toMatchObject({
      decision: proposal.id,
      by: 'rep',
      acceptedBy: 'boss',
    });
    const rejected = applyDecisions(model, [proposal, event('reject', { target: proposal.id })]);
    expect(rejected.model.assignments).toEqual(model.assignments);
    expect(rejected.outcomes.get(proposal.id)).toBe('rejected');
    // Undoing the accept takes the proposal back out.
    const undoAccept = applyDecisions(model, [proposal, accept, event('undo', { target: accept.id })]);
    expect(undoAccept.model.assignments).toEqual(model.assignments);
  });

  it('lists a decision whose reading is gone as stale and applies the rest', () => {
    const gone = event('confirm', {
      reading: { measureId: 'm1', role: 'lead', unitId: 'C', asWritten: 'C', lines: [10, 10] },
    });
    const lost = event('confirm', {
      reading: { measureId: 'm9', role: 'lead', unitId: 'A', asWritten: 'A', lines: [1, 1] },
    });
    const ok = event('confirm', about('m2:lead:A'));
    const { applied, stale, outcomes } = applyDecisions(model, [gone, lost, ok]);
    expect(applied).toEqual([ok]);
    expect(stale.map((s) => s.event)).toEqual([gone, lost]);
    expect(outcomes.get(gone.id)).toBe('stale');
  });

  it('later decisions apply to the reading earlier ones made', () => {
    const role = event('role', { ...about('m1:coop:B'), role: 'lead' });
    const remove = event('remove', {
      reading: { measureId: 'm1', role: 'lead', unitId: 'B', asWritten: 'B', lines: [10, 10] },
    });
    expect(applyDecisions(model, [role, remove]).model.assignments.map((a) => a.id)).not.toContain('m1:lead:B');
  });
});

describe('reviewQueue', () => {
  it('puts measures with an unclear reading first, then the busiest party, and drops reviewed ones', () => {
    expect(reviewQueue(model).map((i) => i.measureId)).toEqual(['m1', 'm2']);
    expect(reviewQueue(model)[0]).toMatchObject({ unclear: 1, weight: 1 });
    expect(reviewQueue(model)[1]).toMatchObject({ unclear: 0, weight: 2 });
    const { model: reviewed } = applyDecisions(model, [event('confirm', about('m1:coop:B'))]);
    expect(reviewQueue(reviewed).map((i) => i.measureId)).toEqual(['m2']);
    expect(reviewQueue(model, (id) => id !== 'm1').map((i) => i.measureId)).toEqual(['m2']);
  });
});

describe('changedMeasures', () => {
  it('names the measures whose parties a decision changed, and only those', () => {
    const move = event('move', { ...about('m1:coop:B'), toMeasure: 'm2' });
    expect(changedMeasures(model, applyDecisions(model, [move]).model).sort()).toEqual(['m1', 'm2']);
    expect(changedMeasures(model, applyDecisions(model, [event('confirm', about('m2:lead:A'))]).model)).toEqual(['m2']);
    expect(changedMeasures(model, model)).toEqual([]);
  });
});
