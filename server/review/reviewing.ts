/**
 * Serving the reviewed reading (issue 17): the model as read from the documents, with the review
 * decisions of the supervision store applied, is what the graph store holds, so that `touches`,
 * `overload`, `partners`, `path` and the ledger all answer with it.
 *
 * Each server process keeps the read model and the result of applying the decisions. After it
 * records a decision it applies them again and reloads the graph store before the mutation answers
 * (the embedded store in about 0.1 s; Neo4j in one transaction, atomically). Other processes notice
 * a changed count of review events on the shared supervision store (`refresh`, before every request)
 * and follow: an embedded store is reloaded, a Neo4j graph is shared and already replaced.
 */
import type { GraphStore } from '../graph/contract.ts';
import type { Model } from '../model/model.ts';
import { applyDecisions, type ReviewResult } from '../model/review.ts';
import type { SupervisionStore } from '../supervision/contract.ts';

export interface ReviewingOptions {
  /** The model as read from the documents (the ingest), asked once, when first needed. */
  read: () => Model;
  /** The lines of a seed file as printed, `first` to `last` (1-based); absent, no printed lines. */
  sourceLines?: (file: string, first: number, last: number) => string[];
  /** How often a process asks a Neo4j supervision store for new events, at most (ms; SQLite: every request). */
  pollMs?: number;
}

/** The measures whose parties differ between two models of the same documents. */
export function changedMeasures(before: Model, after: Model): string[] {
  const parties = (model: Model) => {
    const byMeasure = new Map<string, string[]>();
    for (const a of model.assignments) {
      const list = byMeasure.get(a.measureId) ?? [];
      list.push(JSON.stringify(a));
      byMeasure.set(a.measureId, list);
    }
    return byMeasure;
  };
  const [was, now] = [parties(before), parties(after)];
  const ids = new Set([...was.keys(), ...now.keys()]);
  return [...ids].filter((id) => (was.get(id) ?? []).join('\n') !== (now.get(id) ?? []).join('\n'));
}

export class Reviewing {
  private readModel: Model | undefined;
  private state: { count: number; result: ReviewResult } | undefined;
  /** Applications and loads, one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private lastPoll = 0;

  constructor(
    readonly store: GraphStore,
    readonly supervision: SupervisionStore,
    private readonly options: ReviewingOptions,
  ) {}

  /** The model as read, before any decision. */
  read(): Model {
    return (this.readModel ??= this.options.read());
  }

  sourceLines(file: string, first: number, last: number): string[] {
    return this.options.sourceLines?.(file, first, last) ?? [];
  }

  /**
   * At start: loads the reviewed model into the graph store, unless a Neo4j graph is already loaded
   * (the graph is shared; whoever recorded the last decision or ran `npm run load:neo4j` loaded it
   * reviewed). Returns whether it loaded.
   */
  async ensureLoaded(): Promise<boolean> {
    const health = await this.store.health();
    if (!health.ok)
      throw new Error(`the ${this.store.kind} store is not reachable: ${health.error ?? 'no reason given'}`);
    const load = this.store.kind === 'embedded' || !health.loaded;
    await this.serialised(() => this.apply(load));
    return load;
  }

  /** The decisions applied as this process last saw them (applied, stale, outcomes, the reviewed model). */
  async current(): Promise<ReviewResult> {
    await this.refresh();
    if (!this.state) await this.serialised(() => this.apply(false));
    return this.state!.result;
  }

  /** Follows decisions another process recorded: when the store's count of events changed, applies them again. */
  async refresh(): Promise<void> {
    if (!this.state) return;
    if (this.supervision.kind === 'neo4j') {
      const now = Date.now();
      if (now - this.lastPoll < (this.options.pollMs ?? 1000)) return;
      this.lastPoll = now;
    }
    const count = await this.supervision.reviewEventCount();
    if (count !== this.state.count)
      await this.serialised(async () => {
        // Another request of this process may have caught up meanwhile.
        if ((await this.supervision.reviewEventCount()) !== this.state?.count)
          await this.apply(this.store.kind === 'embedded');
      });
  }

  /**
   * After this process recorded an event: applies the decisions and, when the event changes the
   * reading (`changes`: not a proposal or a rejection), reloads the graph store, whatever its kind.
   */
  async recorded(changes = true): Promise<ReviewResult> {
    await this.serialised(() => this.apply(changes || this.store.kind === 'embedded'));
    return this.state!.result;
  }

  /**
   * Applies the decisions again; with `load`, brings the graph store along: the measures whose
   * parties changed since the model this process last served are rewritten (in Neo4j a few
   * relationships in one transaction, not the whole graph), or the whole model at start.
   */
  private async apply(load: boolean): Promise<void> {
    // The count first: an event recorded between the two is then seen again on the next refresh.
    const count = await this.supervision.reviewEventCount();
    const events = await this.supervision.reviewEvents();
    const result = applyDecisions(this.read(), events);
    if (load && this.state)
      await this.store.replaceAssignments(result.model, changedMeasures(this.state.result.model, result.model));
    else if (load) await this.store.load(result.model);
    this.state = { count, result };
  }

  private serialised<T>(f: () => Promise<T>): Promise<T> {
    const next = this.queue.then(f, f);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
