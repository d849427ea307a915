import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../server/ingest/units/registry.ts';
import { joinNames } from '../../server/ingest/units/names.ts';
import { UnitResolver } from '../../server/ingest/units/resolver.ts';
import { SEEDS_DIR } from '../../server/ingest/index.ts';
import { seedModel } from '../support/seed-model.ts';

const model = seedModel();
const unit = (id: string) => {
  const found = model.units.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
};
const names = (ids: string[] = []) => ids.map((id) => unit(id).name).sort();

describe('units resolved from the seeds', () => {
  it('a district-relative name is one unit per district: 区城市管理委 in 大兴区 and in 通州区', () => {
    const found = model.units.filter((u) => u.name === '区城市管理委');
    expect(found.map((u) => u.jurisdiction).sort()).toEqual(['大兴区', '通州区']);
    expect(found.every((u) => u.level === 'district' && u.kind === 'department' && u.known)).toBe(true);
  });

  it('a city unit is one unit whatever plan names it', () => {
    expect(model.units.filter((u) => u.name === '市生态环境局').map((u) => u.id)).toEqual(['北京市:市生态环境局']);
  });

  it('OCR variants and short forms resolve to the unit they mean', () => {
    const written = (name: string) => model.assignments.filter((a) => a.asWritten === name).map((a) => a.unitId);
    expect(new Set(written('市委改革委'))).toEqual(new Set(['北京市:市发展改革委']));
    expect(new Set(written('市城管委'))).toEqual(new Set(['北京市:市城市管理委']));
    expect(new Set(written('昌平区府'))).toEqual(new Set(['昌平区:昌平区政府']));
    expect(new Set(written('长子营镇政府'))).toEqual(new Set(['大兴区:长子营镇人民政府']));
    expect(unit('北京市:市发展改革委').aliases).toContain('市委改革委');
  });

  it('a wrapped branch name is one unit, a branch of its city body', () => {
    const branch = unit('大兴区:市规划自然资源委大兴分局');
    expect(branch).toMatchObject({ kind: 'branch', level: 'district', branchOf: '北京市:市规划自然资源委' });
  });

  it('towns are town-level units of their district, named as the documents name them', () => {
    expect(unit('大兴区:黄村镇人民政府')).toMatchObject({ level: 'town', kind: 'government', jurisdiction: '大兴区' });
    expect(unit('大兴区:黄村镇人民政府').aliases).toContain('黄村地区');
    expect(unit('通州区:通运街道办事处')).toMatchObject({ level: 'town', kind: 'street-office' });
    expect(unit('通州区:于家务回族乡人民政府').aliases).toContain('于家务乡');
  });

  it('各镇人民政府 of 大兴区 has the district’s towns, 黄村地区 counted as 黄村镇', () => {
    const towns = unit('大兴区:各镇人民政府');
    expect(towns).toMatchObject({ kind: 'collective', membership: 'closed' });
    expect(names(towns.members)).toEqual(
      [
        '亦庄镇',
        '黄村镇',
        '旧宫镇',
        '西红门镇',
        '瀛海镇',
        '青云店镇',
        '采育镇',
        '安定镇',
        '礼贤镇',
        '榆垡镇',
        '庞各庄镇',
        '北臧村镇',
        '魏善庄镇',
        '长子营镇',
      ]
        .map((t) => `${t}人民政府`)
        .sort(),
    );
  });

  it('各街道办事处 of 大兴区 has its eight street offices', () => {
    expect(names(unit('大兴区:各街道办事处').members)).toEqual(
      ['兴丰', '林校路', '清源', '观音寺', '天宫院', '高米店', '荣华', '博兴'].map((s) => `${s}街道办事处`).sort(),
    );
  });

  it('各区人民政府（含北京经济技术开发区管委会）has the sixteen district governments and the zone committee', () => {
    const all = unit('北京市:各区人民政府（含北京经济技术开发区管委会）');
    expect(all.members).toHaveLength(17);
    expect(names(all.members)).toContain('北京经济技术开发区管委会');
    expect(names(all.members)).toContain('延庆区政府');
  });

  it('a 相关… collective says it has no fixed members instead of guessing', () => {
    const related = model.units.filter((u) => u.kind === 'collective' && /^(相关|有关)/.test(u.name));
    expect(related.length).toBeGreaterThan(3);
    for (const u of related) expect(u).toMatchObject({ membership: 'open', members: [] });
  });

  it('names found in no reference list are kept, reported with their place, and counted', () => {
    const unknown = [...new Set(model.unknownNames.map((u) => u.name))].sort();
    expect(unknown).toEqual(
      ['市交通运输局', '市委', '市生态环境分局', '市生态环境建设委', '市生态环境监测局', '市生态环境绿化局'].sort(),
    );
    for (const u of model.unknownNames) {
      expect(u.seed).toBe('002_221e516616a96fe0.txt');
      expect(unit(u.unitId).known).toBe(false);
    }
  });
});

describe('joining wrapped names', () => {
  const resolver = new UnitResolver(loadRegistry(`${SEEDS_DIR}/units.json`));
  const join = (...texts: string[]) =>
    joinNames(
      texts.map((text, i) => ({ text, line: i + 1 })),
      resolver,
    ).map((n) => n.asWritten);

  it('joins a fragment that cannot start a name to the one before', () => {
    expect(join('区生态环', '境局', '区城市管', '理委')).toEqual(['区生态环境局', '区城市管理委']);
  });

  it('joins 大兴分局 although 大兴 can start a name, because together they are a known name', () => {
    expect(join('市规划自然资源委', '大兴分局', '大兴生物医药基地', '管委会')).toEqual([
      '市规划自然资源委大兴分局',
      '大兴生物医药基地管委会',
    ]);
  });

  it('joins 各街道办 + 事处 although 办 looks like an ending', () => {
    expect(join('各街道办', '事处')).toEqual(['各街道办事处']);
  });

  it('keeps a parenthetical with its unit, across tokens', () => {
    expect(join('各区人民政府', '(含北京经济技术', '开发区管委会)', '市交通委')).toEqual([
      '各区人民政府(含北京经济技术开发区管委会)',
      '市交通委',
    ]);
  });

  it('splits two known names glued together', () => {
    expect(join('市规划自然资源委通州分局区水务局')).toEqual(['市规划自然资源委通州分局', '区水务局']);
  });

  it('records the lines a wrapped name spans', () => {
    expect(
      joinNames(
        [
          { text: '区委生态文明委大气', line: 802 },
          { text: '污染综合治理及应对', line: 804 },
          { text: '气候变化工作小组成', line: 806 },
          { text: '员单位', line: 808 },
        ],
        resolver,
      ),
    ).toEqual([
      {
        asWritten: '区委生态文明委大气污染综合治理及应对气候变化工作小组成员单位',
        key: '区委生态文明委大气污染综合治理及应对气候变化工作小组成员单位',
        lines: [802, 808],
      },
    ]);
  });
});
