/**
 * Starts the local Neo4j of this folder's Maven module (src/main/java/dutygraph/Neo4jLocal.java)
 * and waits for its ready line. Used by `npm run neo4j:local` (server/cli/neo4j-local.ts), the
 * test suite's global setup and the benches, so all three run the same server the same way.
 *
 * The first start resolves Neo4j's jars with Maven and compiles the class (about a minute on a
 * fresh machine); later starts run `java` directly on the classpath Maven wrote down.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

export const MODULE_DIR = new URL('.', import.meta.url).pathname;
const POM = `${MODULE_DIR}pom.xml`;
const SOURCE = `${MODULE_DIR}src/main/java/dutygraph/Neo4jLocal.java`;
const CLASSES = `${MODULE_DIR}target/classes`;
const CLASSPATH_FILE = `${MODULE_DIR}target/classpath.txt`;
/** Written after a successful build; Maven leaves an unchanged classpath file's time alone. */
const STAMP = `${MODULE_DIR}target/built`;

/** Neo4j 5 on Java 17 asks for these (as its own launch script passes them). */
const JVM_FLAGS = [
  '-Xms256m',
  '-Xmx2g',
  '-XX:+UseG1GC',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export interface LocalNeo4jOptions {
  password: string;
  /** 0 picks a free port. Default 7687. */
  port?: number;
  /** Kept between runs; absent, a temporary folder deleted when the server stops. */
  dataDir?: string;
  /** Where Neo4j's own stderr goes (default: this process's stderr). */
  onLog?: (text: string) => void;
  /** How long to wait for the ready line, in ms. */
  timeout?: number;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  process: ChildProcess;
  /** SIGTERM, then waits for the clean shutdown (SIGKILL after 30 s). */
  stop(): Promise<void>;
}

/** Why the local Neo4j cannot run here, or null when Java and Maven are both present. */
export function missingTools(): string | null {
  const missing = ['java', 'mvn'].filter((tool) => {
    try {
      execFileSync(tool, ['-version'], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  return missing.length
    ? `${missing.join(' and ')} not found on PATH (the local Neo4j needs Java 17+ and Maven)`
    : null;
}

/** Compiles the module and writes its classpath, unless that was done after the pom and the source last changed. */
export function build(): void {
  const built =
    existsSync(STAMP) &&
    existsSync(CLASSPATH_FILE) &&
    statSync(STAMP).mtimeMs >= Math.max(statSync(POM).mtimeMs, statSync(SOURCE).mtimeMs);
  if (built) return;
  try {
    execFileSync(
      'mvn',
      ['-q', '-B', '-f', POM, 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`building the local Neo4j (mvn -f ${POM}) failed:\n${stdout}${stderr}`, { cause: error });
  }
  writeFileSync(STAMP, new Date().toISOString());
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  build();
  const classpath = `${CLASSES}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const child = spawn('java', [...JVM_FLAGS, '-cp', classpath, 'dutygraph.Neo4jLocal'], {
    env: {
      ...process.env,
      NEO4J_PASSWORD: options.password,
      NEO4J_LOCAL_PORT: String(options.port ?? 7687),
      NEO4J_LOCAL_DATA: options.dataDir ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = options.onLog ?? ((text: string) => process.stderr.write(text));
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-4000);
    log(text);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => fail(`no ready line within ${(options.timeout ?? 120_000) / 1000} s`),
      options.timeout ?? 120_000,
    );
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      const ready = /neo4j ready at (bolt:\/\/\S+)/.exec(stdout);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`}) before it was ready`));
    function fail(reason: string): void {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`the local Neo4j did not start: ${reason}\n${stderr}`));
    }
  });

  return {
    uri,
    port: Number(new URL(uri.replace('bolt:', 'http:')).port),
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** The settings a store or a server process needs to reach a Neo4j. */
export type Neo4jEnv = {
  NEO4J_URI: string;
  NEO4J_USER: string;
  NEO4J_PASSWORD: string;
};

/**
 * The Neo4j a test run or a bench uses: the one NEO4J_URI names, or else the local Neo4j, started
 * now on a free port with a fresh temporary database and a random password. `missing` says why
 * neither can be had (no NEO4J_URI, and no Java or Maven).
 */
export async function neo4jForRun(
  onLog?: (text: string) => void,
): Promise<{ env: Neo4jEnv; local?: LocalNeo4j; stop: () => Promise<void> } | { missing: string }> {
  const given = process.env.NEO4J_URI;
  if (given) {
    const env = {
      NEO4J_URI: given,
      NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
    };
    return { env, stop: async () => {} };
  }
  const missing = missingTools();
  if (missing) return { missing };
  const password = randomBytes(12).toString('hex');
  const local = await startLocalNeo4j({ password, port: 0, onLog: onLog ?? (() => {}) });
  // However the caller ends, the local Neo4j does not outlive it.
  process.once('exit', () => local.process.kill('SIGKILL'));
  return {
    env: { NEO4J_URI: local.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password },
    local,
    stop: () => local.stop(),
  };
}
