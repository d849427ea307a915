/**
 * Supervision (督查督办): accounts, their roles, and progress reports on measures. Declared on the
 * model's floor because the stores, the API and the explorer all speak it. Reports are events:
 * never edited or deleted, a correction is a newer one.
 */

/** What an account may do; each role may also do what the roles before it may. */
export type AccountRole = 'viewer' | 'reporter' | 'supervisor' | 'admin';
export const ACCOUNT_ROLES: readonly AccountRole[] = ['viewer', 'reporter', 'supervisor', 'admin'];

export interface Account {
  name: string;
  role: AccountRole;
  /** The units (ids) a reporter reports for; empty for the other roles. */
  units: string[];
  disabled: boolean;
  /** ISO timestamp. */
  createdAt: string;
}

/** An account as the store keeps it: never handed to the API's answers. */
export interface StoredAccount extends Account {
  /** scrypt hash, `scrypt$N$r$p$salt$hash` (server/supervision/passwords.ts). */
  passwordHash: string;
}

export type ProgressStatus = 'not-started' | 'in-progress' | 'done' | 'blocked';
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['not-started', 'in-progress', 'done', 'blocked'];

/** `report`: a unit's progress; `reopen`: a supervisor reopening a measure a report said was done. */
export type ReportKind = 'report' | 'reopen';

export interface Report {
  id: string;
  measureId: string;
  /** The unit reported for. */
  unitId: string;
  status: ProgressStatus;
  note?: string;
  /** The ISO date the report speaks for (the reporter's as-of date; default the day it was made). */
  asOf: string;
  /** ISO timestamp the store recorded it. */
  at: string;
  /** The account name that made it. */
  by: string;
  kind: ReportKind;
  /** For a reopen: the report it reopens. */
  reopens?: string;
}

/** A report before the store has recorded it. */
export type NewReport = Omit<Report, 'id' | 'at'>;
