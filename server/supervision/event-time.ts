/**
 * The time an event is recorded, strictly later than the last one this process recorded.
 *
 * Events are listed by time: two reports made in the same millisecond would otherwise tie, and
 * their order would fall to the random id, so a measure's history could list a correction before
 * what it corrects. Pushing a tie one millisecond on keeps the order the events were made in.
 */
let last = 0;

export function eventTime(now: number = Date.now()): string {
  last = Math.max(now, last + 1);
  return new Date(last).toISOString();
}
