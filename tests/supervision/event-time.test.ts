import { describe, expect, it } from 'vitest';
import { eventTime } from '../../server/supervision/event-time.ts';

describe('the time an event is recorded', () => {
  it('keeps events made in the same millisecond in the order they were made', () => {
    const now = Date.parse('2026-12-03T10:00:00.000Z');
    const times = [eventTime(now), eventTime(now), eventTime(now)];
    expect(times).toEqual([...times].sort());
    expect(new Set(times).size).toBe(3);
  });

  it('follows the clock when it has moved on', () => {
    const later = Date.parse('2030-01-01T00:00:00.000Z');
    expect(eventTime(later)).toBe('2030-01-01T00:00:00.000Z');
  });
});
