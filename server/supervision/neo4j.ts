/**
 * The supervision store beside the Neo4j graph: `(:Account)`, `(:Report)-[:ON]->(:Measure)`,
 * `(:Report)-[:BY]->(:Account)` and `(:RevokedToken)`. The plan graph's reload (load.cypher)
 * leaves these nodes and links each report to its measure again by id. Every statement is a file
 * in cypher/; a write is one transaction, acknowledged once Neo4j has committed it.
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { query, statements, type QueryName, type QueryParams } from '../graph/neo4j/cypher.ts';
import type { Neo4jSettings } from '../graph/neo4j/store.ts';
import { StoreConfigError, StoreUnavailableError } from '../graph/contract.ts';
import type { NewReviewEvent, ReviewEvent } from '../model/review.ts';
import type { Account, NewReport, Report, StoredAccount } from '../model/supervision.ts';
import { reviewEventOf, storedEvent } from './review-events.ts';
import { AccountExistsError, type SupervisionHealth, type SupervisionStore } from './contract.ts';
import { eventTime } from './event-time.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** Drops absent optional fields: Neo4j stores no nulls. */
const compact = <T extends object>(row: T): T =>
  Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== null)) as T;

function toAccount(p: Row): StoredAccount {
  return {
    name: p.name,
    role: p.role,
    units: p.units ?? [],
    disabled: p.disabled === true,
    createdAt: p.createdAt,
    passwordHash: p.passwordHash,
  };
}

function toReport(p: Row): Report {
  return compact({
    id: p.id,
    measureId: p.measureId,
    unitId: p.unitId,
    status: p.status,
    note: p.note,
    asOf: p.asOf,
    at: p.at,
    by: p.by,
    kind: p.kind,
    reopens: p.reopens,
  });
}

const withoutHash = ({ passwordHash: _, ...account }: StoredAccount): Account => account;

export class Neo4jSupervisionStore implements SupervisionStore {
  readonly kind = 'neo4j' as const;
  private schemaReady: Promise<void> | undefined;

  private constructor(
    private readonly driver: Driver,
    private readonly settings: Neo4jSettings,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv): Neo4jSupervisionStore {
    const { NEO4J_URI: uri, NEO4J_USER: user = 'neo4j', NEO4J_PASSWORD: password, NEO4J_DATABASE: database } = env;
    if (!uri || !password) throw new StoreConfigError('NEO4J_URI and NEO4J_PASSWORD must both be set');
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5_000,
    });
    return new Neo4jSupervisionStore(driver, { uri, user, password, database: database || undefined });
  }

  async createAccount(account: StoredAccount): Promise<void> {
    try {
      await this.write('account-create', { account: compact({ ...account }) });
    } catch (error) {
      if ((error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
        throw new AccountExistsError(account.name);
      throw error;
    }
  }

  async account(name: string): Promise<StoredAccount | null> {
    const [row] = await this.read('account', { name });
    return row ? toAccount(row.account) : null;
  }

  async accounts(): Promise<Account[]> {
    return (await this.read('accounts', {})).map((r) => withoutHash(toAccount(r.account)));
  }

  async setDisabled(name: string, disabled: boolean): Promise<boolean> {
    const [row] = await this.write('account-disable', { name, disabled });
    return row!.changed > 0;
  }

  async setPasswordHash(name: string, passwordHash: string): Promise<boolean> {
    const [row] = await this.write('account-password', { name, passwordHash });
    return row!.changed > 0;
  }

  async revokeToken(tokenId: string, expiresAt: string): Promise<void> {
    await this.write('token-revoke', { id: tokenId, expiresAt, now: new Date().toISOString() });
  }

  async isRevoked(tokenId: string): Promise<boolean> {
    const [row] = await this.read('token-revoked', { id: tokenId });
    return row!.revoked > 0;
  }

  async addReport(report: NewReport): Promise<Report> {
    const recorded: Report = compact({ ...report, id: randomUUID(), at: eventTime() });
    const [row] = await this.write('report-add', { report: recorded });
    if (!row) throw new Error(`no account named "${report.by}": a report needs the account that makes it`);
    return toReport(row.report);
  }

  async report(id: string): Promise<Report | null> {
    const [row] = await this.read('report', { id });
    return row ? toReport(row.report) : null;
  }

  async reportsOfMeasures(measureIds: readonly string[]): Promise<Report[][]> {
    if (measureIds.length === 0) return [];
    const rows = await this.read('reports-of-measures', { ids: [...measureIds] });
    const found = new Map(rows.map((r) => [r.id as string, (r.reports as Row[]).map(toReport)]));
    return measureIds.map((id) => found.get(id) ?? []);
  }

  async latestReports(asOf: string): Promise<Report[]> {
    return (await this.read('reports-latest', { asOf })).map((r) => toReport(r.report));
  }

  async allReports(): Promise<Report[]> {
    return (await this.read('reports-all', {})).map((r) => toReport(r.report));
  }

  async reportCounts(): Promise<{ measureId: string; reports: number }[]> {
    return (await this.read('report-counts', {})).map((r) => ({ measureId: r.measureId, reports: r.reports }));
  }

  async addReviewEvent(event: NewReviewEvent): Promise<ReviewEvent> {
    const [row] = await this.write('review-add', {
      event: storedEvent(event, randomUUID(), eventTime()),
    });
    if (!row) throw new Error(`no account named "${event.by}": a decision needs the account that makes it`);
    return reviewEventOf(row.event);
  }

  async reviewEvents(since?: string): Promise<ReviewEvent[]> {
    return (await this.read('review-events', { since: since ?? '' })).map((r) => reviewEventOf(r.event));
  }

  async reviewEventCount(): Promise<number> {
    const [row] = await this.read('review-count', {});
    return row!.events;
  }

  async health(): Promise<SupervisionHealth> {
    try {
      const [row] = await this.read('supervision-health', {});
      return { ok: true, reports: row!.reports };
    } catch (error) {
      return { ok: false, reports: 0, error: (error as Error).message.split('\n')[0] };
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** The constraints the writes rely on (schema.cypher), once per store. */
  private ensureSchema(): Promise<void> {
    this.schemaReady ??= (async () => {
      for (const statement of statements('schema'))
        await this.driver.executeQuery(statement, {}, { database: this.settings.database });
    })().catch((error: unknown) => {
      this.schemaReady = undefined; // tried again on the next write (Neo4j may be back)
      throw error;
    });
    return this.schemaReady;
  }

  private async read<Q extends QueryName>(name: Q, params: QueryParams<Q>): Promise<Row[]> {
    const { records } = await this.guard(() =>
      this.driver.executeQuery(query(name), params, {
        database: this.settings.database,
        routing: neo4j.routing.READ,
      }),
    );
    return records.map((r) => r.toObject());
  }

  /** A server that cannot be reached is STORE_UNAVAILABLE to the API, as for the graph store. */
  private async guard<T>(body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security.'))
        throw new StoreUnavailableError(
          `Neo4j at ${this.settings.uri} cannot be reached: ${(error as Error).message.split('\n')[0]}`,
          { cause: error },
        );
      throw error;
    }
  }

  /** One write transaction (the driver retries it on a lost connection; report-add is idempotent). */
  private async write<Q extends QueryName>(name: Q, params: QueryParams<Q>): Promise<Row[]> {
    await this.guard(() => this.ensureSchema());
    const { records } = await this.guard(() =>
      this.driver.executeQuery(query(name), params, {
        database: this.settings.database,
        routing: neo4j.routing.WRITE,
      }),
    );
    return records.map((r) => r.toObject());
  }
}
