/**
 * The rule of what changed for a unit between two years (server/model/links.ts), on a graph small
 * enough to read at a glance: measures a1, a2, a3 of the earlier year, b1, b2, b3 of the later.
 */
import { describe, expect, it } from 'vitest';
import { rolesChanged, unitChanges } from '../../server/model/links.ts';
import type { MeasureLink } from '../../server/model/model.ts';

const link = (from: string, to: string, score: number, label: 'continued' | 'changed' = 'continued'): MeasureLink => ({
  kind: 'continuation',
  from,
  to,
  score,
  label,
  evidence: [],
});

describe('unitChanges', () => {
  it('a chain between two of its measures is continued; the rest of each year is dropped or added', () => {
    const changes = unitChanges(
      [
        { measureId: 'a1', roles: ['lead'] },
        { measureId: 'a2', roles: ['coop'] },
      ],
      [
        { measureId: 'b1', roles: ['coop'] },
        { measureId: 'b2', roles: ['lead'] },
      ],
      [[link('a1', 'b1', 0.8)]],
    );
    expect(changes.continued).toEqual([
      {
        from: 'a1',
        fromRoles: ['lead'],
        to: 'b1',
        toRoles: ['coop'],
        label: 'continued',
        score: 0.8,
        links: [link('a1', 'b1', 0.8)],
      },
    ]);
    expect(changes.continued.filter(rolesChanged)).toHaveLength(1);
    expect(changes.dropped).toEqual([{ measureId: 'a2', roles: ['coop'], counterparts: [] }]);
    expect(changes.added).toEqual([{ measureId: 'b2', roles: ['lead'], counterparts: [] }]);
  });

  it('a measure continued by one the unit is not on is dropped, naming it; and the other way round, added', () => {
    const changes = unitChanges(
      [{ measureId: 'a1', roles: ['lead'] }],
      [{ measureId: 'b2', roles: ['lead'] }],
      [[link('a1', 'b1', 0.5)], [link('a3', 'b2', 0.4)]],
    );
    expect(changes.continued).toEqual([]);
    expect(changes.dropped).toEqual([{ measureId: 'a1', roles: ['lead'], counterparts: ['b1'] }]);
    expect(changes.added).toEqual([{ measureId: 'b2', roles: ['lead'], counterparts: ['a3'] }]);
  });

  it('a chain through the years between takes its weakest link’s score, and is changed if any link is', () => {
    const chain = [link('a1', 'm', 0.9), link('m', 'b1', 0.4, 'changed')];
    const other = [link('a1', 'n', 0.3), link('n', 'b1', 0.9)];
    const { continued } = unitChanges(
      [{ measureId: 'a1', roles: ['lead'] }],
      [{ measureId: 'b1', roles: ['lead'] }],
      [other, chain],
    );
    // Of two chains between the same measures, the surer one.
    expect(continued).toEqual([
      { from: 'a1', fromRoles: ['lead'], to: 'b1', toRoles: ['lead'], label: 'changed', score: 0.4, links: chain },
    ]);
    expect(continued.filter(rolesChanged)).toEqual([]);
  });
});
