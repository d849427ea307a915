/**
 * `npm start` as a process (server/cli/serve.ts): alone, and with WORKERS server processes
 * sharing the port, replaced when one dies, all stopped by one SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Server {
  child: ChildProcess;
  url: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function spawnServe(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/serve.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NEO4J_URI: '',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startServe(env: Record<string, string>): Promise<Server> {
  const { child, output } = spawnServe(env);
  const url = await waitFor('the address line', () => {
    if (child.exitCode !== null) throw new Error(`serve.ts exited (${child.exitCode}):\n${output()}`);
    return /dutygraph API on \S+ store: (http:\/\/\S+)\/graphql/.exec(output())?.[1];
  });
  return { child, url, output };
}

/** The process's children, from /proc (the workers of a supervisor). */
function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function unitCount(url: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { units } }' }),
  });
  return ((await response.json()) as { data: { stats: { units: number } } }).data.stats.units;
}

describe('npm start as a process', () => {
  it('serves alone, and stops cleanly on SIGTERM', async () => {
    const server = await startServe({});
    expect(await unitCount(server.url)).toBe(222);
    server.child.kill('SIGTERM');
    const [code] = await once(server.child, 'exit');
    expect(code).toBe(0);
  });

  const TWO_WORKERS =
    'with WORKERS=2 serves from two processes on one port, replaces one that dies, and stops them all on SIGTERM';
  it(TWO_WORKERS, async () => {
    const server = await startServe({ WORKERS: '2' });
    expect(server.output()).toContain('[2 workers]');
    const workers = childrenOf(server.child.pid!);
    expect(workers).toHaveLength(2);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    process.kill(workers[0]!, 'SIGKILL');
    const replaced = await waitFor('a new worker', () => {
      const now = childrenOf(server.child.pid!);
      return now.length === 2 && !now.includes(workers[0]!) ? now : undefined;
    });
    expect(server.output()).toContain(`worker ${workers[0]} exited (SIGKILL); starting another`);
    // Every answer on fresh connections, whichever worker takes them.
    const counts = await Promise.all(Array.from({ length: 8 }, () => unitCount(server.url)));
    expect(counts).toEqual(Array(8).fill(222));

    server.child.kill('SIGTERM');
    const [code] = await once(server.child, 'exit');
    expect(code).toBe(0);
    expect(replaced.filter(alive)).toEqual([]);
  });

  it('stops with an error when workers cannot start, instead of restarting them forever', async () => {
    // A Neo4j address without its password: each worker refuses to open the store.
    const { child, output } = spawnServe({ WORKERS: '2', NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: '' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output()).toMatch(/exited \(1\) before listening; stopping/);
    expect(output()).toContain('NEO4J_PASSWORD is not set');
  });

  it('refuses a WORKERS value that is not a count', async () => {
    const { child, output } = spawnServe({ WORKERS: 'many' });
    const [code] = await once(child, 'exit');
    expect(code).not.toBe(0);
    expect(output()).toContain('WORKERS must be a whole number of at least 1, or "auto"; got "many"');
  });
});
