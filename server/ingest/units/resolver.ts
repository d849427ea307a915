import type { Level, Unit, UnitKind, UnknownName } from '../../model/model.ts';
import { CITY, DISTRICTS, isJurisdiction, townsOf, type Town, type TownType } from './divisions.ts';
import { nameKey, type Vocabulary, type WrittenName } from './names.ts';
import type { MemberSpec, RegistryFile, RegistryUnit } from './registry.ts';

/** A name the resolver knows, from the registry or generated from division data. */
interface Entry {
  name: string;
  /** 'city', 'district' (relative: one unit per district) or a district name. */
  scope: string;
  kind: UnitKind;
  level: Level;
  /** Fixed jurisdiction of the unit, where it does not follow from the scope. */
  jurisdiction?: string;
  aliases: string[];
  branchOf?: string;
  members?: MemberSpec;
  town?: Town;
}

/**
 * Resolves names as written to units. District-relative names (区城市管理委) resolve to
 * the unit of the plan's district, so the same name in a 大兴区 plan and a 通州区 plan
 * gives two units. A name found nowhere becomes a unit of its own, marked unknown and
 * reported — never dropped.
 */
export class UnitResolver implements Vocabulary {
  private readonly byScope = new Map<string, Map<string, Entry>>();
  private readonly prefixes = new Set<string>();
  private readonly starts = new Set<string>();
  private readonly units = new Map<string, Unit>();
  private readonly entryOf = new Map<string, Entry>();
  readonly unknown: UnknownName[] = [];

  constructor(registry: RegistryFile) {
    const generated = new Map<string, Entry>();
    for (const entry of generatedEntries()) {
      generated.set(entry.name, entry);
      this.add(entry, entry.name, ...entry.aliases);
    }
    for (const unit of registry.units) {
      // A registry entry for a generated unit (昌平区政府 with its OCR form 昌平区府) adds names to it.
      const existing = generated.get(unit.name);
      if (existing) {
        existing.aliases.push(...(unit.aliases ?? []));
        this.add(existing, ...(unit.aliases ?? []));
      } else {
        const entry = fromRegistry(unit);
        this.add(entry, entry.name, ...entry.aliases);
      }
    }
  }

  private add(entry: Entry, ...names: string[]): void {
    let scope = this.byScope.get(entry.scope);
    if (!scope) this.byScope.set(entry.scope, (scope = new Map()));
    for (const name of names) {
      const key = nameKey(name);
      scope.set(key, entry);
      for (let i = 1; i <= key.length; i++) this.prefixes.add(key.slice(0, i));
      this.starts.add(key.slice(0, 2));
    }
  }

  isName(key: string): boolean {
    for (const scope of this.byScope.values()) if (scope.has(key)) return true;
    return false;
  }

  isPrefix(key: string): boolean {
    return this.prefixes.has(key);
  }

  canStart(key: string): boolean {
    return this.starts.has(key.slice(0, 2));
  }

  /** The unit a name written in a plan of `jurisdiction` stands for. */
  resolve(name: WrittenName, jurisdiction: string, seed: string): Unit {
    const found = this.lookup(name.key, jurisdiction) ?? this.lookupBase(name.key, jurisdiction);
    if (found) {
      const unit = this.unitFor(found, jurisdiction);
      if (name.key !== unit.name && !unit.aliases.includes(name.key)) unit.aliases.push(name.key);
      return unit;
    }
    const unit = this.unitFor(classifyUnknown(name.key), jurisdiction);
    this.unknown.push({ name: name.key, seed, line: name.lines[0], unitId: unit.id });
    return unit;
  }

  private lookup(key: string, jurisdiction: string): Entry | undefined {
    const scopes = jurisdiction === CITY ? ['city'] : [jurisdiction, 'district', 'city'];
    for (const scope of scopes) {
      const entry = this.byScope.get(scope)?.get(key);
      if (entry) return entry;
    }
    return undefined;
  }

  /** 区经济和信息化局（区新能源汽车联席会议办公室）: a known unit qualified by a parenthetical is that unit. */
  private lookupBase(key: string, jurisdiction: string): Entry | undefined {
    const base = /^(.+?)（.*）$/.exec(key)?.[1];
    return base ? this.lookup(base, jurisdiction) : undefined;
  }

  private unitFor(entry: Entry, planJurisdiction: string): Unit {
    const jurisdiction =
      entry.jurisdiction ??
      (entry.scope === 'city' ? CITY : isJurisdiction(entry.scope) ? entry.scope : planJurisdiction);
    const id = unitId(jurisdiction, entry.name);
    let unit = this.units.get(id);
    if (!unit) {
      unit = {
        id,
        name: entry.name,
        aliases: entry.aliases.map(nameKey).filter((a) => a !== entry.name),
        level: entry.level,
        kind: entry.kind,
        jurisdiction,
        known: entry.scope !== UNKNOWN,
      };
      this.units.set(id, unit);
      this.entryOf.set(id, entry);
    }
    return unit;
  }

  /**
   * Every unit met so far, with collectives' members resolved: towns and streets of the
   * district from division data plus any the documents named, or Beijing's district governments.
   */
  finish(): Unit[] {
    const named = [...this.units.values()];
    for (const unit of named) {
      const branchOf = this.entryOf.get(unit.id)?.branchOf;
      if (branchOf) {
        const parent = this.lookup(nameKey(branchOf), CITY);
        if (parent) unit.branchOf = this.unitFor(parent, CITY).id;
      }
      const spec = this.entryOf.get(unit.id)?.members;
      if (!spec) continue;
      if (spec.open) {
        unit.membership = 'open';
        unit.members = [];
        continue;
      }
      const members = new Set<string>();
      if (spec.towns) {
        for (const entry of this.byScope.get(unit.jurisdiction)?.values() ?? []) {
          if (entry.town && spec.towns.includes(entry.town.type))
            members.add(this.unitFor(entry, unit.jurisdiction).id);
        }
        // Towns the documents name that the division data lacks.
        for (const other of this.units.values()) {
          const type = townType(other.name);
          if (
            type &&
            other.level === 'town' &&
            !other.known &&
            other.jurisdiction === unit.jurisdiction &&
            spec.towns.includes(type)
          )
            members.add(other.id);
        }
      }
      if (spec.districtGovernments) {
        for (const district of DISTRICTS)
          members.add(this.unitFor(this.lookup(`${district.name}政府`, CITY)!, CITY).id);
      }
      for (const name of spec.units ?? []) {
        const entry = this.lookup(nameKey(name), unit.jurisdiction);
        if (entry) members.add(this.unitFor(entry, unit.jurisdiction).id);
      }
      unit.membership = 'closed';
      unit.members = [...members].sort();
    }
    return [...this.units.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

const UNKNOWN = '(unknown)';

export function unitId(jurisdiction: string, name: string): string {
  return `${jurisdiction}:${name}`;
}

function fromRegistry(unit: RegistryUnit): Entry {
  return {
    name: unit.name,
    scope: unit.scope,
    kind: unit.kind,
    level: unit.level ?? (unit.scope === 'city' ? 'city' : 'district'),
    aliases: unit.aliases ?? [],
    ...(unit.branchOf ? { branchOf: unit.branchOf } : {}),
    ...(unit.members ? { members: unit.members } : {}),
  };
}

/** Beijing's district governments and every district's towns and streets. */
function generatedEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const district of DISTRICTS) {
    entries.push({
      name: `${district.name}政府`,
      scope: 'city',
      jurisdiction: district.name,
      kind: 'government',
      level: 'district',
      aliases: [`${district.name}人民政府`, `北京市${district.name}人民政府`],
    });
    for (const town of townsOf(district.name)) entries.push(townEntry(town));
  }
  return entries;
}

/**
 * Towns are named as the documents name them: 西红门镇人民政府, 通运街道办事处. In the
 * division data a 镇 that is also an area office is listed as 地区 (黄村地区 is 黄村镇).
 */
function townEntry(town: Town): Entry {
  const { stem, type, name } = town;
  const forms = (t: string) =>
    t === '街道'
      ? [`${stem}街道`, `${stem}街道办事处`, `${stem}街道办`]
      : [`${stem}${t}`, `${stem}${t}人民政府`, `${stem}${t}政府`];
  const short = stem.replace(/(回族|满族|蒙古族)$/, '');
  const aliases =
    type === '地区'
      ? [name, `${stem}地区办事处`, ...forms('镇')]
      : type === '乡' && short !== stem
        ? [...forms('乡'), ...forms('乡').map((f) => f.replace(stem, short))]
        : forms(type);
  const canonical =
    type === '街道' ? `${stem}街道办事处` : type === '地区' ? `${stem}镇人民政府` : `${stem}${type}人民政府`;
  return {
    name: canonical,
    scope: town.district,
    kind: type === '街道' ? 'street-office' : 'government',
    level: 'town',
    aliases: aliases.filter((a) => a !== canonical),
    town,
  };
}

function townType(name: string): TownType | '' {
  if (/街道(办事处)?$/.test(name)) return '街道';
  if (/地区(办事处)?$/.test(name)) return '地区';
  if (/乡(人民政府|政府)?$/.test(name)) return '乡';
  if (/镇(人民政府|政府)?$/.test(name)) return '镇';
  return '';
}

/** Best reading of a name found in no reference list, from its shape. */
function classifyUnknown(key: string): Entry {
  const base = { name: key, scope: UNKNOWN, aliases: [] as string[] };
  if (/^(各|相关|有关|等)|成员单位$/.test(key))
    return { ...base, kind: 'collective', level: key.startsWith('市') ? 'city' : 'district', members: { open: true } };
  if (/(公司|集团)$/.test(key)) return { ...base, kind: 'company', level: 'other' };
  if (/管委会$/.test(key)) return { ...base, kind: 'zone-committee', level: 'other' };
  if (townType(key)) return { ...base, kind: townType(key) === '街道' ? 'street-office' : 'government', level: 'town' };
  if (key.startsWith('市')) return { ...base, kind: 'department', level: 'city', jurisdiction: CITY };
  if (key.startsWith('区')) return { ...base, kind: 'department', level: 'district' };
  return { ...base, kind: 'department', level: 'other' };
}
