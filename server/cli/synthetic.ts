/**
 * A synthetic responsibility graph `factor` times the seed graph, deterministic from `seed`:
 * the district plans of the seeds are replayed for all 16 districts of Beijing over several
 * years, their district units and towns renamed into each district, city units shared, and
 * a share of co-op parties swapped for other units of the same district (so fan-out is
 * realistic rather than 16 identical copies). Used by the store benchmarks, and served by
 * `SEEDS=synthetic:100 npm start` so the explorer can be tried at the scale of all Beijing.
 */
import type { Assignment, Measure, Model, Plan, Section, Task, Unit } from '../model/model.ts';
import { CITY, DISTRICTS } from '../ingest/units/divisions.ts';

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function synthesize(base: Model, factor: number, seed = 1): Model {
  const rand = random(seed);
  const districtPlans = base.plans.filter((p) => p.jurisdiction !== CITY);
  const perCopy = base.assignments.filter((a) => districtPlans.some((p) => a.measureId.startsWith(`${p.id}:`))).length;
  const copies = Math.max(1, Math.round(((factor - 1) * base.assignments.length) / perCopy));
  const out: Model = {
    ...base,
    plans: [...base.plans],
    sections: [...base.sections],
    tasks: [...base.tasks],
    measures: [...base.measures],
    units: [...base.units],
    persons: [...base.persons],
    assignments: [...base.assignments],
    unknownNames: [],
  };
  const units = new Map(base.units.map((u) => [u.id, u]));
  const byDistrict = new Map<string, string[]>();

  const unitIn = (unit: Unit, district: string): string => {
    if (unit.jurisdiction === CITY) return unit.id;
    const id = `${district}:${unit.name}`;
    if (!units.has(id)) {
      const copy: Unit = {
        ...unit,
        id,
        jurisdiction: district,
        aliases: [...unit.aliases],
        ...(unit.members ? { members: [] } : {}),
      };
      units.set(id, copy);
      out.units.push(copy);
      byDistrict.set(district, [...(byDistrict.get(district) ?? []), id]);
    }
    return id;
  };

  for (let copy = 0; copy < copies; copy++) {
    const district = DISTRICTS[copy % DISTRICTS.length]!.name;
    const year = 2023 + Math.floor(copy / DISTRICTS.length);
    const prefix = `syn${copy}`;
    for (const plan of districtPlans) {
      const planId = `${prefix}/${plan.id}`;
      out.plans.push({
        ...plan,
        id: planId,
        jurisdiction: district,
        year,
        title: plan.title.replace(/(大兴区|通州区)/, district),
      } satisfies Plan);
      const remap = (id: string) => `${prefix}/${id}`;
      for (const s of base.sections.filter((x) => x.planId === plan.id))
        out.sections.push({ ...s, id: remap(s.id), planId } satisfies Section);
      for (const t of base.tasks.filter((x) => x.planId === plan.id))
        out.tasks.push({
          ...t,
          id: remap(t.id),
          planId,
          ...(t.sectionId ? { sectionId: remap(t.sectionId) } : {}),
        } satisfies Task);
      for (const m of base.measures.filter((x) => x.planId === plan.id))
        out.measures.push({ ...m, id: remap(m.id), planId, taskId: remap(m.taskId) } satisfies Measure);
      const seen = new Set<string>();
      for (const a of base.assignments.filter((x) => x.measureId.startsWith(`${plan.id}:`))) {
        let unitId = a.unitId && unitIn(units.get(a.unitId)!, district);
        const pool = byDistrict.get(district) ?? [];
        if (unitId && a.role === 'coop' && rand() < 0.2 && pool.length)
          unitId = pool[Math.floor(rand() * pool.length)]!;
        const party = unitId ?? a.personId!;
        const id = `${remap(a.measureId)}:${a.role}:${party}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.assignments.push({
          ...a,
          id,
          measureId: remap(a.measureId),
          ...(unitId ? { unitId } : {}),
        } satisfies Assignment);
      }
    }
  }
  return out;
}
