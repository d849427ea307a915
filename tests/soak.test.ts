/**
 * Issue 12 item 13: a bounded soak. The server as deployed (WORKERS=auto) is driven for 15 s with
 * the explorer's queries and bad requests among them (bench/soak.ts, `npm run soak` for 60 s):
 * no request may fail or get a status it should not, and no server process may grow its memory by
 * more than 20% once warm.
 */
import { describe, expect, it } from 'vitest';
import { soak } from '../bench/soak.ts';

describe('a 15-second soak', () => {
  it('has no errors and no memory growth beyond 20%', async () => {
    // A shorter warm-up than `npm run soak`'s: by 10,000 requests each worker holds most of its
    // working size (some 280–310 MiB, measured with bench/soak.ts); a leak would still show as growth.
    const report = await soak({
      seconds: 15,
      warmUp: { requests: 10_000, leastMs: 8_000, mostMs: 60_000, sampledMs: 5_000 },
    });
    console.log(JSON.stringify(report));
    expect(report.requests).toBeGreaterThan(500);
    expect(report.errors).toBe(0);
    expect(report.unexpected).toBe(0);
    expect(report.rss.length).toBeGreaterThan(1); // the supervisor and its workers
    for (const p of report.rss) expect(p.endMiB, `pid ${p.pid}`).toBeLessThanOrEqual(p.startMiB * 1.2);
  }, 180_000);
});
