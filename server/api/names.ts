/**
 * The unit names of the loaded graph, read once per app (not per request): what an unknown
 * name was closest to, and how many units share a name.
 */
import { distance } from 'fastest-levenshtein';
import type { GraphStore } from '../graph/contract.ts';

interface Index {
  /** Every name and alias, once. */
  spellings: string[];
  /** Units per canonical name. */
  unitsByName: Map<string, number>;
}

export class UnitNames {
  private index: Promise<Index> | undefined;

  constructor(private readonly store: GraphStore) {}

  /** The `count` names and aliases nearest to `name` by edit distance, nearest first. */
  async closest(name: string, count = 5): Promise<string[]> {
    const { spellings } = await this.read();
    return spellings
      .map((spelling) => ({ spelling, d: distance(name, spelling) }))
      .sort((a, b) => a.d - b.d || a.spelling.length - b.spelling.length)
      .slice(0, count)
      .map((x) => x.spelling);
  }

  async sharedBy(name: string): Promise<number> {
    return (await this.read()).unitsByName.get(name) ?? 0;
  }

  private read(): Promise<Index> {
    this.index ??= this.store.findUnits({}).then(
      (units) => {
        const unitsByName = new Map<string, number>();
        for (const unit of units) unitsByName.set(unit.name, (unitsByName.get(unit.name) ?? 0) + 1);
        return { spellings: [...new Set(units.flatMap((u) => [u.name, ...u.aliases]))], unitsByName };
      },
      (error: unknown) => {
        this.index = undefined; // a store that was down may be up next time
        throw error;
      },
    );
    return this.index;
  }
}
