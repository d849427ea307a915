import type { Level, UnitKind } from '../../model/model.ts';
import { ReadError } from '../errors.ts';
import { readText } from '../text.ts';

/**
 * The reference list of units and persons (`seeds/units.json`): every name the readers
 * may meet, with its canonical form, level and kind. It is data so that resolving names
 * stays reviewable: a new spelling is one line in that file, not a code change.
 */
export interface RegistryFile {
  units: RegistryUnit[];
  persons: RegistryPerson[];
}

/**
 * `scope` says whose unit it is:
 * - 'city': one unit of 北京市 (市生态环境局).
 * - 'district': a district-relative name (区城市管理委): one unit per district whose plan names it.
 * - a district name (大兴区): a unit of that district only (市规划自然资源委大兴分局).
 */
export interface RegistryUnit {
  name: string;
  scope: string;
  kind: UnitKind;
  /** Defaults: city scope → city, otherwise district. */
  level?: Level;
  /** Other spellings that mean this unit: OCR variants, short forms, qualified forms. */
  aliases?: string[];
  /** For a branch: canonical name of the body it belongs to. */
  branchOf?: string;
  /** For a collective. */
  members?: MemberSpec;
  note?: string;
}

/**
 * - `towns`: the district's towns and streets of the given types (镇, 乡, 地区, 街道),
 *   from the administrative-division data plus those the documents name.
 * - `districtGovernments`: the governments of all districts of Beijing.
 * - `units`: further named members (canonical names, resolved in the collective's scope).
 * - `open`: no fixed members (相关…, 有关…): the documents do not say who.
 */
export interface MemberSpec {
  towns?: ('镇' | '乡' | '地区' | '街道')[];
  districtGovernments?: boolean;
  units?: string[];
  open?: boolean;
}

export interface RegistryPerson {
  name: string;
  jurisdiction: string;
}

const KINDS: UnitKind[] = [
  'government',
  'department',
  'branch',
  'street-office',
  'zone-committee',
  'company',
  'collective',
];
const LEVELS: Level[] = ['city', 'district', 'town', 'other'];

export function loadRegistry(path: string): RegistryFile {
  const text = readText(path, 'unit registry');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReadError(path, undefined, `cannot read the unit registry: ${(error as Error).message}`);
  }
  return validateRegistry(data, path);
}

export function validateRegistry(data: unknown, path: string): RegistryFile {
  const fail = (what: string): never => {
    throw new ReadError(path, undefined, what);
  };
  if (typeof data !== 'object' || data === null) fail('the unit registry must be a JSON object');
  const { units, persons } = data as Partial<RegistryFile>;
  if (!Array.isArray(units)) fail('"units" must be an array');
  if (!Array.isArray(persons)) fail('"persons" must be an array');
  const seen = new Map<string, string>();
  for (const [i, unit] of units!.entries()) {
    const at = `units[${i}] (${unit?.name ?? '?'})`;
    if (typeof unit.name !== 'string' || !unit.name || /\s/.test(unit.name))
      fail(`${at}: "name" must be a non-empty string without spaces`);
    if (typeof unit.scope !== 'string' || !unit.scope) fail(`${at}: "scope" is missing`);
    if (!KINDS.includes(unit.kind)) fail(`${at}: "kind" must be one of ${KINDS.join(', ')}`);
    if (unit.level !== undefined && !LEVELS.includes(unit.level))
      fail(`${at}: "level" must be one of ${LEVELS.join(', ')}`);
    if (unit.members && unit.kind !== 'collective') fail(`${at}: only a collective has "members"`);
    for (const name of [unit.name, ...(unit.aliases ?? [])]) {
      if (/\s/.test(name)) fail(`${at}: alias "${name}" holds whitespace`);
      const key = `${unit.scope}|${name}`;
      const other = seen.get(key);
      if (other !== undefined) fail(`${at}: "${name}" is already a name of ${other} in scope ${unit.scope}`);
      seen.set(key, unit.name);
    }
  }
  for (const [i, person] of persons!.entries()) {
    if (typeof person.name !== 'string' || typeof person.jurisdiction !== 'string')
      fail(`persons[${i}]: needs "name" and "jurisdiction"`);
  }
  return { units: units!, persons: persons! };
}
