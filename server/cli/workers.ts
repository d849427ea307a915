/**
 * Several server processes on one port (node:cluster), for WORKERS > 1: one Node process
 * uses one core, and a `touches` answer is CPU-bound. This process only supervises: it forks
 * the workers, prints the address once all listen, starts a new worker when one dies, and
 * stops them all on SIGINT or SIGTERM. Each worker opens its own store and loads the seeds.
 */
import cluster, { type Worker } from 'node:cluster';

/** What a worker tells the supervisor once it listens. */
export interface Listening {
  listening: string;
}

/** In a worker: tell the supervisor; on its own: print it. */
export function announce(line: string): void {
  if (cluster.isWorker) process.send!({ listening: line } satisfies Listening);
  else console.log(line);
}

export function superviseWorkers(count: number): void {
  let stopping = false;
  let started = 0;
  const fork = (): Worker => {
    const worker = cluster.fork();
    let listened = false;
    worker.on('message', (message: Partial<Listening>) => {
      if (typeof message.listening !== 'string' || listened) return;
      listened = true;
      if (++started === count) console.log(`${message.listening}  [${count} workers]`);
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (!listened) {
        // It failed while starting (a bad setting, the port taken): another would fail the same way.
        console.error(`dutygraph: worker ${worker.process.pid} exited (${signal ?? code}) before listening; stopping`);
        stop('worker failure', 1);
        return;
      }
      console.error(`dutygraph: worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      fork();
    });
    return worker;
  };

  function stop(reason: string, exitCode: number): void {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    if (workers.length === 0) process.exit(exitCode);
    let left = workers.length;
    for (const worker of workers) {
      worker.once('exit', () => --left === 0 && process.exit(exitCode));
      // Each worker closes its server and store on SIGTERM, as a single process does.
      worker.process.kill('SIGTERM');
    }
    console.error(`dutygraph: ${reason}: stopping ${workers.length} workers`);
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal, 0));
  for (let i = 0; i < count; i++) fork();
}
