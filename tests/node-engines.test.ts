/**
 * Issue 12 item 6: every machine of this project runs Node 20, and the README says "Node 20 or
 * newer". So what installs (package-lock.json, which `npm ci` follows exactly) must not contain a
 * package whose `engines.node` excludes the lowest Node that package.json's `engines` admits:
 * npm prints EBADENGINE for each such package, and some of them really do use newer APIs.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};
const lowest = semver.minVersion(pkg.engines.node)!;

describe('Node 20', () => {
  it('is what package.json, the lockfile, the README and the Dockerfile say', () => {
    expect(lowest.major).toBe(20);
    // Vite 8 and rolldown need 20.19; the README says so rather than a bare "Node 20".
    expect(lock.packages['']?.engines).toEqual(pkg.engines);
    expect(readFileSync(new URL('README.md', root), 'utf8')).toContain(`Node ${lowest.major}.${lowest.minor} or newer`);
    expect(readFileSync(new URL('Dockerfile', root), 'utf8')).toMatch(new RegExp(`FROM node:${lowest.major}\\b`));
  });

  it('is admitted by every package the lockfile installs (no EBADENGINE)', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(lowest, (p.engines as { node: string }).node, { includePrerelease: true }))
      .map(
        ([path, p]) =>
          `${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${(p.engines as { node: string }).node}`,
      );
    expect(refusing).toEqual([]);
  });
});
