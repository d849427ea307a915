/**
 * The supervision store contract: accounts, revoked tokens and the append-only progress reports.
 * Two implementations answer it identically: SQLite in DATA_DIR beside the embedded graph store
 * (sqlite.ts), and Neo4j beside the Neo4j graph (neo4j.ts); tests/supervision/contract.test.ts runs
 * on both. Nothing here is ever updated in place except an account's disabled flag and password:
 * reports are events, a correction is a newer event.
 */
import type { NewReviewEvent, ReviewEvent } from '../model/review.ts';
import type { Account, NewReport, Report, StoredAccount } from '../model/supervision.ts';

export interface SupervisionHealth {
  ok: boolean;
  /** Reports recorded in all. */
  reports: number;
  error?: string;
}

export interface SupervisionStore {
  readonly kind: 'sqlite' | 'neo4j';

  /** Adds an account; an existing name is an AccountExistsError and changes nothing. */
  createAccount(account: StoredAccount): Promise<void>;
  /** The account with its password hash (for signing in only), or null. */
  account(name: string): Promise<StoredAccount | null>;
  /** Every account, by name, without hashes. */
  accounts(): Promise<Account[]>;
  /** Disables or enables an account; false when there is none of that name. */
  setDisabled(name: string, disabled: boolean): Promise<boolean>;
  /** Replaces an account's password hash; false when there is none of that name. */
  setPasswordHash(name: string, passwordHash: string): Promise<boolean>;

  /** Remembers a signed-out token (by its id) until it would have expired anyway. */
  revokeToken(tokenId: string, expiresAt: string): Promise<void>;
  isRevoked(tokenId: string): Promise<boolean>;

  /** Records one report in one transaction, durably, and returns it with its id and time. */
  addReport(report: NewReport): Promise<Report>;
  /** One report by id, or null. */
  report(id: string): Promise<Report | null>;
  /** Each measure's reports in the order they were recorded (by `at`, then id): one list per id asked. */
  reportsOfMeasures(measureIds: readonly string[]): Promise<Report[][]>;
  /** Per measure, its latest report made for a date on or before `asOf` (lights.ts `newerFirst`). */
  latestReports(asOf: string): Promise<Report[]>;
  /** Every report, in the order recorded (the audit trail). */
  allReports(): Promise<Report[]>;
  /** How many reports each measure id has, including ids no longer in the graph (orphans.ts). */
  reportCounts(): Promise<{ measureId: string; reports: number }[]>;

  /**
   * Review (issue 17): records one decision, undo, accept or reject in one transaction, durably, and
   * returns it with its id and time. Append-only like reports.
   */
  addReviewEvent(event: NewReviewEvent): Promise<ReviewEvent>;
  /** Review events in the order recorded, oldest first; with `since` (ISO date or time), those at or after it. */
  reviewEvents(since?: string): Promise<ReviewEvent[]>;
  /** How many review events are recorded: a server process asks this to notice another's decisions. */
  reviewEventCount(): Promise<number>;

  health(): Promise<SupervisionHealth>;
  close(): Promise<void>;
}

export class AccountExistsError extends Error {
  constructor(name: string) {
    super(`an account named "${name}" already exists`);
    this.name = 'AccountExistsError';
  }
}
