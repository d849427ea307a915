/** The 变化 view marks the numbers and deadline words one version of a measure has and the other has not. */
import { describe, expect, it } from 'vitest';
import { marked } from '../../web/src/cascade/diff.ts';

const changedIn = (parts: { text: string; changed: boolean }[]) => parts.filter((p) => p.changed).map((p) => p.text);

describe('marked', () => {
  it('marks a target that moved, and leaves the ones kept', () => {
    const [before, after] = marked(
      '全区PM2.5浓度控制在31微克/立方米，优良天数比例达到75%',
      '全区PM2.5年均浓度不高于30微克/立方米，优良天数比率不低于78%',
    );
    expect(changedIn(before)).toEqual(['31微克', '75%']);
    expect(changedIn(after)).toEqual(['30微克', '78%']);
    expect(before.map((p) => p.text).join('')).toBe('全区PM2.5浓度控制在31微克/立方米，优良天数比例达到75%');
  });

  it('marks a deadline that changed kind', () => {
    const [before, after] = marked('年底前', '长期实施');
    expect(changedIn(before)).toEqual(['年底前']);
    expect(changedIn(after)).toEqual(['长期实施']);
  });

  it('marks nothing in two equal texts', () => {
    const [before, after] = marked('完成19台燃煤锅炉改造', '完成19台燃煤锅炉改造');
    expect([...changedIn(before), ...changedIn(after)]).toEqual([]);
  });
});
