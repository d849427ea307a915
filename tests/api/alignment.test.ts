/**
 * Issue 18 over HTTP, on every store: a measure's counterparts, a city measure's cascade into the
 * districts, gaps, what changed for a unit between two years, and two plans side by side. Every
 * expectation comes from the model (the links the ingest computed), never a count written here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureLink } from '../../server/model/model.ts';
import { seedModel } from '../support/seed-model.ts';
import { dataOf, startApi, STORE_KINDS, type Api } from './helpers.ts';

const model = seedModel();
const plans = new Map(model.plans.map((p) => [p.id, p]));
const measures = new Map(model.measures.map((m) => [m.id, m]));
const units = new Map(model.units.map((u) => [u.id, u]));
const planId = (title: string) => model.plans.find((p) => p.title === title)!.id;
const planOf = (measureId: string) => plans.get(measures.get(measureId)!.planId)!;
const yearOf = (measureId: string) => planOf(measureId).year;
const CITY_AIR = planId('北京市大气污染防治2023年行动计划');
const DAXING_AIR = planId('大兴区大气污染防治2023年行动计划');
const DAXING_2026 = planId('持续污染防治攻坚2026年行动计划');
const KINDS = { cascade: 'CASCADE', continuation: 'CONTINUATION' } as const;
const upper = (s: string | undefined) => (s === undefined ? null : s.toUpperCase());

/** A city 大气 measure taken up by both 大兴区 and 通州区, one of whose counterparts names a collective with members. */
const cityMeasure = model.measures.find((m) => {
  if (m.planId !== CITY_AIR) return false;
  const down = model.links.filter((l) => l.kind === 'cascade' && l.from === m.id);
  const districts = new Set(down.map((l) => planOf(l.to).jurisdiction));
  const collective = down.some((l) =>
    model.assignments.some((a) => a.measureId === l.to && a.unitId && units.get(a.unitId)!.members?.length),
  );
  return districts.has('大兴区') && districts.has('通州区') && collective;
})!;

const unitsOn = (measureId: string, role?: string) => [
  ...new Set(
    model.assignments
      .filter((a) => a.measureId === measureId && a.unitId && (!role || a.role === role))
      .map((a) => a.unitId!),
  ),
];

describe.each(STORE_KINDS)('measures across plans over HTTP on the %s store', (kind) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({}, kind);
  });
  afterAll(() => api?.close());

  it('a measure’s counterparts: implements, implementedBy, continues, continuedBy, each with score, label and evidence', async () => {
    const counterpart = `{ measure { id } kind score label evidence }`;
    const query = `query($id: ID!) { measure(id: $id) { implements ${counterpart} implementedBy ${counterpart}
      continues ${counterpart} continuedBy ${counterpart} unmatched { kind measure { id } otherPlan { id } } } }`;
    const seen = (l: MeasureLink, other: string) => ({
      measure: { id: other },
      kind: KINDS[l.kind],
      score: l.score,
      label: upper(l.label),
      evidence: l.evidence,
    });
    const expectFor = (id: string) => ({
      implements: model.links.filter((l) => l.kind === 'cascade' && l.to === id).map((l) => seen(l, l.from)),
      implementedBy: model.links.filter((l) => l.kind === 'cascade' && l.from === id).map((l) => seen(l, l.to)),
      continues: model.links.filter((l) => l.kind === 'continuation' && l.to === id).map((l) => seen(l, l.from)),
      continuedBy: model.links.filter((l) => l.kind === 'continuation' && l.from === id).map((l) => seen(l, l.to)),
      unmatched: model.unmatched
        .filter((u) => u.measureId === id)
        .map((u) => ({ kind: u.kind.toUpperCase(), measure: { id }, otherPlan: { id: u.otherPlanId } })),
    });
    const continuation = model.links.find((l) => l.kind === 'continuation')!;
    const district = model.links.find((l) => l.kind === 'cascade' && l.from === cityMeasure.id)!.to;
    for (const id of [cityMeasure.id, district, continuation.from, continuation.to]) {
      const { measure } = dataOf(await api.gql(query, { id }));
      expect(measure, id).toEqual(expectFor(id));
    }
    const city = dataOf(await api.gql(query, { id: cityMeasure.id })).measure;
    expect(new Set(city.implementedBy.map((c: any) => planOf(c.measure.id).jurisdiction))).toEqual(
      new Set(['大兴区', '通州区']),
    );
  });

  it('cascade: the city measure, each district’s counterparts with their lead units and the towns under collectives', async () => {
    const query = `query($id: ID!) { cascade(measure: $id) { measure { id plan { jurisdiction } }
      districts { jurisdiction plan { id } gap counterparts { measure { id } score evidence
        leads { id } responsible { id } members { unit { id level } role via { id } } } } } }`;
    const { cascade } = dataOf(await api.gql(query, { id: cityMeasure.id }));
    expect(cascade.measure).toEqual({ id: cityMeasure.id, plan: { jurisdiction: '北京市' } });
    const down = model.links.filter((l) => l.kind === 'cascade' && l.from === cityMeasure.id);
    const gaps = model.unmatched.filter((u) => u.kind === 'gap' && u.measureId === cityMeasure.id);
    const districtPlans = model.plans.filter(
      (p) => down.some((l) => planOf(l.to).id === p.id) || gaps.some((g) => g.otherPlanId === p.id),
    );
    expect(cascade.districts.map((d: any) => d.plan.id)).toEqual(districtPlans.map((p) => p.id));
    for (const d of cascade.districts) {
      expect(d.jurisdiction).toBe(plans.get(d.plan.id)!.jurisdiction);
      expect(d.gap).toBe(gaps.some((g) => g.otherPlanId === d.plan.id));
      const here = down.filter((l) => planOf(l.to).id === d.plan.id);
      expect(d.counterparts.map((c: any) => [c.measure.id, c.score, c.evidence])).toEqual(
        here.map((l) => [l.to, l.score, l.evidence]),
      );
      for (const c of d.counterparts) {
        expect(c.leads.map((u: any) => u.id)).toEqual(unitsOn(c.measure.id, 'lead'));
        expect(c.responsible.map((u: any) => u.id)).toEqual(unitsOn(c.measure.id, 'responsible'));
        // The members of each collective on the measure, with the collective's role.
        const expected = model.assignments
          .filter((a) => a.measureId === c.measure.id && a.unitId)
          .flatMap((a) =>
            (units.get(a.unitId!)!.members ?? []).map((m) => ({
              unit: { id: m, level: units.get(m)!.level.toUpperCase() },
              role: a.role.toUpperCase(),
              via: { id: a.unitId },
            })),
          );
        expect(c.members).toEqual(expected);
      }
    }
    const members = cascade.districts.flatMap((d: any) => d.counterparts.flatMap((c: any) => c.members));
    expect(members.some((m: any) => m.unit.level === 'TOWN')).toBe(true);
  });

  it('cascade: a city measure’s gaps are marked, empty slots', async () => {
    const gap = model.unmatched.find((u) => u.kind === 'gap')!;
    const { cascade } = dataOf(
      await api.gql(
        `query($id: ID!) { cascade(measure: $id) { districts { plan { id } gap counterparts { score } } } }`,
        {
          id: gap.measureId,
        },
      ),
    );
    expect(cascade.districts).toContainEqual({ plan: { id: gap.otherPlanId }, gap: true, counterparts: [] });
  });

  it('cascade: null for an unknown measure; a district measure is BAD_USER_INPUT naming what it implements', async () => {
    expect(dataOf(await api.gql(`{ cascade(measure: "nope") { measure { id } } }`)).cascade).toBeNull();
    const link = model.links.find((l) => l.kind === 'cascade')!;
    const answer = await api.gql(`query($id: ID!) { cascade(measure: $id) { measure { id } } }`, { id: link.to });
    expect(answer.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'measure' } });
    expect(answer.errors![0]!.extensions!.implements).toContain(link.from);
  });

  it('gaps by district and by plan, in document order', async () => {
    const query = `query($j: String, $p: [ID!]) { gaps(jurisdiction: $j, plans: $p) { kind measure { id } otherPlan { id jurisdiction } } }`;
    const expected = (keep: (u: (typeof model.unmatched)[number]) => boolean) =>
      model.unmatched
        .filter((u) => u.kind === 'gap' && keep(u))
        .map((u) => ({
          kind: 'GAP',
          measure: { id: u.measureId },
          otherPlan: { id: u.otherPlanId, jurisdiction: plans.get(u.otherPlanId)!.jurisdiction },
        }));
    expect(dataOf(await api.gql(query, { j: '通州区' })).gaps).toEqual(
      expected((u) => plans.get(u.otherPlanId)!.jurisdiction === '通州区'),
    );
    expect(dataOf(await api.gql(query, { j: '大兴区', p: [CITY_AIR] })).gaps).toEqual(
      expected((u) => u.otherPlanId === DAXING_AIR),
    );
    expect(dataOf(await api.gql(query, {})).gaps).toHaveLength(model.unmatched.filter((u) => u.kind === 'gap').length);
    const unknownPlan = await api.gql(query, { p: ['nope'] });
    expect(unknownPlan.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'plans' } });
    const unknownDistrict = await api.gql(query, { j: '大兴' });
    expect(unknownDistrict.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'jurisdiction' } });
  });

  /** The oracle of `changes`: every continuation chain from a measure of `from` to one of `to`, by brute force. */
  function chainsBetween(from: number, to: number): MeasureLink[][] {
    const continuations = model.links.filter((l) => l.kind === 'continuation');
    const grow = (chain: MeasureLink[]): MeasureLink[][] => {
      const end = chain.at(-1)!.to;
      if (yearOf(end) === to) return [chain];
      if (yearOf(end) > to) return [];
      return continuations.filter((l) => l.from === end).flatMap((l) => grow([...chain, l]));
    };
    return continuations.filter((l) => yearOf(l.from) === from).flatMap((l) => grow([l]));
  }

  it.each([
    ['大兴区:区水务局', 2023, 2026],
    ['大兴区:区生态环境局', 2023, 2026],
    ['大兴区:区生态环境局', 2023, 2024],
  ])(
    'changes of %s from %i to %i: added, dropped, continued through the years between, role changes',
    async (unitId, from, to) => {
      const query = `query($u: String!, $from: Int!, $to: Int!) { changes(unit: $u, from: $from, to: $to) {
      unit { id } from to
      added { measure { id } roles counterparts { id } } dropped { measure { id } roles counterparts { id } }
      continued { from { id } fromRoles to { id } toRoles label score links { from { id } to { id } } }
      roleChanges { from { id } to { id } } } }`;
      const { changes } = dataOf(await api.gql(query, { u: unitId, from, to }));
      expect(changes).toMatchObject({ unit: { id: unitId }, from, to });
      const roles = (measureId: string) =>
        ['lead', 'responsible', 'coop', 'leader'].filter((r) =>
          model.assignments.some((a) => a.measureId === measureId && a.unitId === unitId && a.role === r),
        );
      const mine = (year: number) =>
        model.measures.filter((m) => yearOf(m.id) === year && roles(m.id).length > 0).map((m) => m.id);
      const before = mine(from);
      const after = mine(to);
      const chains = chainsBetween(from, to);
      const pairs = new Set(
        chains
          .filter((c) => before.includes(c[0]!.from) && after.includes(c.at(-1)!.to))
          .map((c) => `${c[0]!.from} ${c.at(-1)!.to}`),
      );
      expect(new Set(changes.continued.map((c: any) => `${c.from.id} ${c.to.id}`))).toEqual(pairs);
      expect(changes.dropped.map((d: any) => d.measure.id)).toEqual(
        before.filter((id) => ![...pairs].some((p) => p.startsWith(`${id} `))),
      );
      expect(changes.added.map((d: any) => d.measure.id)).toEqual(
        after.filter((id) => ![...pairs].some((p) => p.endsWith(` ${id}`))),
      );
      for (const d of [...changes.added, ...changes.dropped])
        expect(d.roles).toEqual(roles(d.measure.id).map((r) => r.toUpperCase()));
      for (const c of changes.continued) {
        expect(c.fromRoles).toEqual(roles(c.from.id).map((r) => r.toUpperCase()));
        expect(c.toRoles).toEqual(roles(c.to.id).map((r) => r.toUpperCase()));
        // A chain: consecutive links from `from` to `to`; the label and score its weakest link's.
        expect(c.links[0].from.id).toBe(c.from.id);
        expect(c.links.at(-1).to.id).toBe(c.to.id);
        for (let i = 1; i < c.links.length; i++) expect(c.links[i].from.id).toBe(c.links[i - 1].to.id);
        const links = c.links.map((l: any) => model.links.find((m) => m.from === l.from.id && m.to === l.to.id)!);
        expect(c.score).toBe(Math.min(...links.map((l: MeasureLink) => l.score)));
        expect(c.label).toBe(links.every((l: MeasureLink) => l.label === 'continued') ? 'CONTINUED' : 'CHANGED');
      }
      expect(changes.roleChanges).toEqual(
        changes.continued
          .filter((c: any) => c.fromRoles.join() !== c.toRoles.join())
          .map((c: any) => ({ from: c.from, to: c.to })),
      );
      // A dropped duty's counterparts continue it, but the unit is not on them.
      for (const d of changes.dropped) for (const c of d.counterparts) expect(after).not.toContain(c.id);
      expect(changes.continued.length + changes.added.length + changes.dropped.length).toBeGreaterThan(0);
    },
  );

  it('changes of 区生态环境局 2023 → 2026 follow soil chains through the 2024 plan', async () => {
    const twoLinks = chainsBetween(2023, 2026).filter((c) => c.length === 2);
    expect(twoLinks.length).toBeGreaterThan(0);
    const { changes } = dataOf(
      await api.gql(
        `{ changes(unit: "大兴区:区生态环境局", from: 2023, to: 2026) { continued { links { to { plan { year } } } } } }`,
      ),
    );
    expect(changes.continued.some((c: any) => c.links.length === 2 && c.links[0].to.plan.year === 2024)).toBe(true);
  });

  it('changes refuses what it cannot answer: years the wrong way round or without plans, a name of several units', async () => {
    const ask = (args: string) => api.gql(`{ changes(${args}) { unit { id } } }`);
    expect((await ask(`unit: "大兴区:区水务局", from: 2026, to: 2023`)).errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'from' },
    });
    expect((await ask(`unit: "大兴区:区水务局", from: 2023, to: 2025`)).errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'to' },
    });
    const shared = await ask(`unit: "区水务局", from: 2023, to: 2026`);
    expect(shared.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unit' });
    expect(shared.errors![0]!.extensions!.candidates).toContain('大兴区:区水务局');
    expect(dataOf(await ask(`unit: "区水务局", jurisdiction: "大兴区", from: 2023, to: 2026`)).changes.unit.id).toBe(
      '大兴区:区水务局',
    );
  });

  it.each([
    ['大兴区 大气 2023 → 2026', DAXING_AIR, DAXING_2026],
    ['the same the other way round', DAXING_2026, DAXING_AIR],
    ['北京市 大气 → 大兴区 大气', CITY_AIR, DAXING_AIR],
  ])('planDiff %s: matched, dropped and new as the model has them', async (_, from, to) => {
    const query = `query($from: ID!, $to: ID!) { planDiff(from: $from, to: $to) { from { id } to { id }
      matched { kind from { id } to { id } score label } dropped { kind measure { id } otherPlan { id } } new { kind measure { id } } } }`;
    const { planDiff } = dataOf(await api.gql(query, { from, to }));
    const between = (l: MeasureLink) =>
      (planOf(l.from).id === from && planOf(l.to).id === to) || (planOf(l.from).id === to && planOf(l.to).id === from);
    expect(planDiff.from).toEqual({ id: from });
    expect(planDiff.to).toEqual({ id: to });
    expect(new Set(planDiff.matched.map((l: any) => `${l.from.id} ${l.to.id} ${l.score}`))).toEqual(
      new Set(model.links.filter(between).map((l) => `${l.from} ${l.to} ${l.score}`)),
    );
    expect(planDiff.matched.length).toBe(model.links.filter(between).length);
    expect(planDiff.matched.length).toBeGreaterThan(0);
    const none = (measurePlan: string, other: string) =>
      model.unmatched.filter((u) => planOf(u.measureId).id === measurePlan && u.otherPlanId === other);
    expect(planDiff.dropped.map((u: any) => [u.kind.toLowerCase(), u.measure.id])).toEqual(
      none(from, to).map((u) => [u.kind, u.measureId]),
    );
    expect(planDiff.new.map((u: any) => [u.kind.toLowerCase(), u.measure.id])).toEqual(
      none(to, from).map((u) => [u.kind, u.measureId]),
    );
    if (from === CITY_AIR) expect(planDiff.dropped.every((u: any) => u.kind === 'GAP')).toBe(true);
    const unknown = await api.gql(query, { from, to: 'nope' });
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
  });

  it('the costliest of these questions is within the cost limit', async () => {
    const measure = `{ id text plan { title } assignments { role party { name } } }`;
    const answer = await api.gql(`{
      cascade(measure: "${cityMeasure.id}") { measure ${measure} districts { jurisdiction plan { title } gap
        counterparts { measure ${measure} score evidence leads { name } responsible { name } members { unit { name } role via { name } } } } }
      changes(unit: "大兴区:区生态环境局", from: 2023, to: 2026) { added { measure ${measure} roles } dropped { measure ${measure} roles }
        continued { from ${measure} to ${measure} fromRoles toRoles label score } roleChanges { from { id } to { id } } }
      planDiff(from: "${CITY_AIR}", to: "${DAXING_AIR}") { matched { from { id text } to { id text } score evidence } dropped { kind measure { id text } } new { measure { id } } }
      gaps { kind measure { id text } otherPlan { title } }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });
});
