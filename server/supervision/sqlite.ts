/**
 * The supervision store beside the embedded graph: one SQLite file (better-sqlite3) in DATA_DIR.
 * WAL lets every server process read while one writes; synchronous=FULL makes a write acknowledged
 * to the client survive the process being killed (and the machine losing power). Each write is one
 * transaction; triggers refuse any UPDATE or DELETE of a report, so the log stays append-only.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { newerFirst } from '../model/lights.ts';
import type { NewReviewEvent, ReviewEvent } from '../model/review.ts';
import type { Account, AccountRole, NewReport, Report, StoredAccount } from '../model/supervision.ts';
import { reviewEventOf, storedEvent } from './review-events.ts';
import { AccountExistsError, type SupervisionHealth, type SupervisionStore } from './contract.ts';
import { eventTime } from './event-time.ts';

export const DATABASE_FILE = 'dutygraph.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  units TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reports (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  measure_id TEXT NOT NULL,
  unit_id TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT,
  as_of TEXT NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL REFERENCES accounts (name),
  kind TEXT NOT NULL,
  reopens TEXT
);
CREATE INDEX IF NOT EXISTS reports_latest ON reports (measure_id, as_of, at, id);
CREATE TRIGGER IF NOT EXISTS reports_no_update BEFORE UPDATE ON reports
  BEGIN SELECT RAISE(ABORT, 'reports are append-only'); END;
CREATE TRIGGER IF NOT EXISTS reports_no_delete BEFORE DELETE ON reports
  BEGIN SELECT RAISE(ABORT, 'reports are append-only'); END;
CREATE TABLE IF NOT EXISTS review_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  by TEXT NOT NULL REFERENCES accounts (name),
  kind TEXT NOT NULL,
  measure_id TEXT NOT NULL,
  target TEXT NOT NULL,
  payload TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS review_events_no_update BEFORE UPDATE ON review_events
  BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS review_events_no_delete BEFORE DELETE ON review_events
  BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;
CREATE TABLE IF NOT EXISTS revoked_tokens (
  id TEXT PRIMARY KEY,
  expires_at TEXT NOT NULL
);
`;

interface AccountRow {
  name: string;
  role: string;
  units: string;
  disabled: number;
  password_hash: string;
  created_at: string;
}

interface ReportRow {
  id: string;
  measure_id: string;
  unit_id: string;
  status: Report['status'];
  note: string | null;
  as_of: string;
  at: string;
  by: string;
  kind: Report['kind'];
  reopens: string | null;
}

const REPORT_COLUMNS = 'id, measure_id, unit_id, status, note, as_of, at, by, kind, reopens';

function toAccount(row: AccountRow): StoredAccount {
  return {
    name: row.name,
    role: row.role as AccountRole,
    units: JSON.parse(row.units) as string[],
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    measureId: row.measure_id,
    unitId: row.unit_id,
    status: row.status,
    ...(row.note !== null && { note: row.note }),
    asOf: row.as_of,
    at: row.at,
    by: row.by,
    kind: row.kind,
    ...(row.reopens !== null && { reopens: row.reopens }),
  };
}

const withoutHash = ({ passwordHash: _, ...account }: StoredAccount): Account => account;

export class SqliteSupervisionStore implements SupervisionStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  /** This connection's writes, for the report cache (`latestReports`). */
  private writes = 0;
  private cache: { version: string; all: Report[]; latest: Map<string, Report[]> } | undefined;

  /** `path` is a database file, or `:memory:` for one that lives as long as the process (tests, no DATA_DIR). */
  constructor(readonly path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // Several server processes (WORKERS) share the file: a writer waits for another instead of failing.
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  /** The store in a data folder (created when missing). */
  static inFolder(dataDir: string): SqliteSupervisionStore {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteSupervisionStore(join(dataDir, DATABASE_FILE));
  }

  async createAccount(account: StoredAccount): Promise<void> {
    const insert = this.db.prepare(
      `INSERT INTO accounts (name, role, units, disabled, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (name) DO NOTHING`,
    );
    const { changes } = insert.run(
      account.name,
      account.role,
      JSON.stringify(account.units),
      account.disabled ? 1 : 0,
      account.passwordHash,
      account.createdAt,
    );
    if (changes === 0) throw new AccountExistsError(account.name);
  }

  async account(name: string): Promise<StoredAccount | null> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE name = ?').get(name) as AccountRow | undefined;
    return row ? toAccount(row) : null;
  }

  async accounts(): Promise<Account[]> {
    const rows = this.db.prepare('SELECT * FROM accounts ORDER BY name').all() as AccountRow[];
    return rows.map((row) => withoutHash(toAccount(row)));
  }

  async setDisabled(name: string, disabled: boolean): Promise<boolean> {
    return this.db.prepare('UPDATE accounts SET disabled = ? WHERE name = ?').run(disabled ? 1 : 0, name).changes > 0;
  }

  async setPasswordHash(name: string, passwordHash: string): Promise<boolean> {
    return this.db.prepare('UPDATE accounts SET password_hash = ? WHERE name = ?').run(passwordHash, name).changes > 0;
  }

  async revokeToken(tokenId: string, expiresAt: string): Promise<void> {
    this.db.transaction(() => {
      // Tokens past their expiry are refused anyway: forgetting them keeps the table small.
      this.db.prepare('DELETE FROM revoked_tokens WHERE expires_at < ?').run(new Date().toISOString());
      this.db.prepare('INSERT OR IGNORE INTO revoked_tokens (id, expires_at) VALUES (?, ?)').run(tokenId, expiresAt);
    })();
  }

  async isRevoked(tokenId: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM revoked_tokens WHERE id = ?').get(tokenId) !== undefined;
  }

  async addReport(report: NewReport): Promise<Report> {
    const recorded: Report = { ...report, id: randomUUID(), at: eventTime() };
    this.db
      .prepare(`INSERT INTO reports (${REPORT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        recorded.id,
        recorded.measureId,
        recorded.unitId,
        recorded.status,
        recorded.note ?? null,
        recorded.asOf,
        recorded.at,
        recorded.by,
        recorded.kind,
        recorded.reopens ?? null,
      );
    this.writes++;
    return recorded;
  }

  async report(id: string): Promise<Report | null> {
    const row = this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = ?`).get(id) as ReportRow | undefined;
    return row ? toReport(row) : null;
  }

  async reportsOfMeasures(measureIds: readonly string[]): Promise<Report[][]> {
    const select = this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports WHERE measure_id = ? ORDER BY at, id`);
    return measureIds.map((id) => (select.all(id) as ReportRow[]).map(toReport));
  }

  /**
   * Answered from every report held in memory while the file is unchanged: the ledger asks this
   * for every question, and reading 10,000 rows back takes tens of ms where scanning them in
   * memory takes one. `data_version` changes when another connection (another server process)
   * commits; this connection's own writes bump `writes`.
   */
  async latestReports(asOf: string): Promise<Report[]> {
    const cache = this.reportCache();
    let latest = cache.latest.get(asOf);
    if (!latest) {
      const byMeasure = new Map<string, Report>();
      for (const r of cache.all) {
        if (r.asOf > asOf) continue;
        const best = byMeasure.get(r.measureId);
        if (!best || newerFirst(r, best) < 0) byMeasure.set(r.measureId, r);
      }
      latest = [...byMeasure.values()];
      // A few as-of dates are asked again and again (today, the one in the URL).
      if (cache.latest.size > 16) cache.latest.clear();
      cache.latest.set(asOf, latest);
    }
    return latest;
  }

  private reportCache(): { all: Report[]; latest: Map<string, Report[]> } {
    const version = `${this.db.pragma('data_version', { simple: true }) as number}:${this.writes}`;
    if (this.cache?.version !== version) {
      const rows = this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports`).all() as ReportRow[];
      this.cache = { version, all: rows.map(toReport), latest: new Map() };
    }
    return this.cache;
  }

  async allReports(): Promise<Report[]> {
    return (this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports ORDER BY at, id`).all() as ReportRow[]).map(
      toReport,
    );
  }

  async reportCounts(): Promise<{ measureId: string; reports: number }[]> {
    return this.db
      .prepare(
        'SELECT measure_id AS measureId, count(*) AS reports FROM reports GROUP BY measure_id ORDER BY measure_id',
      )
      .all() as { measureId: string; reports: number }[];
  }

  async addReviewEvent(event: NewReviewEvent): Promise<ReviewEvent> {
    const row = storedEvent(event, randomUUID(), eventTime());
    this.db
      .prepare(
        `INSERT INTO review_events (id, at, by, kind, measure_id, target, payload)
         VALUES (@id, @at, @by, @kind, @measureId, @target, @payload)`,
      )
      .run(row);
    return reviewEventOf(row);
  }

  async reviewEvents(since?: string): Promise<ReviewEvent[]> {
    const rows = this.db.prepare('SELECT payload FROM review_events WHERE at >= ? ORDER BY seq').all(since ?? '') as {
      payload: string;
    }[];
    return rows.map(reviewEventOf);
  }

  async reviewEventCount(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM review_events').get() as { n: number }).n;
  }

  async health(): Promise<SupervisionHealth> {
    try {
      const { n } = this.db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number };
      return { ok: true, reports: n };
    } catch (error) {
      return { ok: false, reports: 0, error: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
