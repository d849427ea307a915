/**
 * The server as `npm start` runs it, in processes of its own (package.json's `serve` script:
 * node, its flags, server/cli/serve.ts), on loopback and a free port, embedded store, production
 * settings, rate limit off; and what /proc says of it (CPU time, memory). Shared by the API bench
 * (bench/api.ts), the soak (bench/soak.ts) and the tests that measure a real server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The server must be listening within this time. */
const START_TIMEOUT_MS = 90_000;

/** `npm start`'s server command (package.json's `serve` script) without `node`. */
export function serveCommand(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [node, ...args] = scripts.serve!.split(/\s+/);
  if (node !== 'node') throw new Error(`package.json's serve script should start with node: ${scripts.serve}`);
  return args;
}

/** Starts serve.ts on 127.0.0.1 and a free port; resolves with its address once it listens. */
export async function startServer(
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...nodeFlags, ...serveCommand()], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      RATE_LIMIT_MAX: '0',
      LOG_LEVEL: 'info',
      NEO4J_URI: '',
      WORKERS: '1',
      // Progress reports in a folder of their own, never the checkout's ./data/ (tests that restart
      // a server on the same reports pass DATA_DIR).
      DATA_DIR: mkdtempSync(join(tmpdir(), 'dutygraph-data-')),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output.length < 100_000 ? (output += chunk.toString()) : undefined));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not listen within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      const found = /dutygraph API on \S+ store: (http:\/\/\S+)\/graphql/.exec(text);
      if (found) {
        clearTimeout(timer);
        // From here on the server's log lines are read and dropped, as a log collector would take them.
        child.stdout!.removeAllListeners('data').resume();
        resolve(found[1]!);
      } else if (output.length < 100_000) output += text;
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  child.stderr!.removeAllListeners('data').resume();
  return { child, url };
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM'); // serve.ts closes and exits (and writes its CPU profile)
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A process and its descendants (the server's workers), from /proc. */
export function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    // gone, or no /proc
  }
  return [pid, ...children.flatMap(processTree)];
}

/**
 * The server's CPU time so far in ms (user + system, every
 * process and thread), from /proc; undefined where there is none.
 */
export function serverCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    let ticks = 0;
    for (const p of processTree(pid)) {
      // Fields after the command name (which is in parentheses): utime
      // and stime are the 12th and 13th, in clock ticks (100 a second).
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return (ticks * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Each process's resident memory in MiB (VmRSS), by pid. */
export function rssMiB(pid: number): Map<number, number> {
  const rss = new Map<number, number>();
  for (const p of processTree(pid)) {
    try {
      const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      if (kib) rss.set(p, Number(kib) / 1024);
    } catch {
      // gone between listing and reading
    }
  }
  return rss;
}
