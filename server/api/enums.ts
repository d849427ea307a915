/**
 * The schema's enums and the model's values they stand for. Apollo applies these maps both
 * ways: arguments arrive as model values, and model values go out as enum names.
 */
import type * as model from '../model/model.ts';
import type * as lights from '../model/lights.ts';
import type * as review from '../model/review.ts';
import type * as supervision from '../model/supervision.ts';
import type { GraphNode } from '../graph/contract.ts';

export const Role = { LEAD: 'lead', RESPONSIBLE: 'responsible', COOP: 'coop', LEADER: 'leader' } satisfies Record<
  string,
  model.Role
>;

export const Level = { CITY: 'city', DISTRICT: 'district', TOWN: 'town', OTHER: 'other' } satisfies Record<
  string,
  model.Level
>;

export const UnitKind = {
  GOVERNMENT: 'government',
  DEPARTMENT: 'department',
  BRANCH: 'branch',
  STREET_OFFICE: 'street-office',
  ZONE_COMMITTEE: 'zone-committee',
  COMPANY: 'company',
  COLLECTIVE: 'collective',
} satisfies Record<string, model.UnitKind>;

export const Topic = {
  CLIMATE: '应对气候变化',
  AIR: '大气',
  WATER: '水',
  SOIL: '土壤',
  ECOLOGY: '生态',
  GENERAL: '综合',
} satisfies Record<string, model.Topic>;

export const DeadlineKind = {
  DATE: 'date',
  YEAR_END: 'year-end',
  ONGOING: 'ongoing',
  MILESTONES: 'milestones',
  PERIOD: 'period',
  NONE: 'none',
  UNPARSED: 'unparsed',
} satisfies Record<string, model.DeadlineKind>;

export const NodeType = { UNIT: 'unit', PERSON: 'person', MEASURE: 'measure' } satisfies Record<
  string,
  GraphNode['type']
>;

export const AccountRole = {
  VIEWER: 'viewer',
  REPORTER: 'reporter',
  SUPERVISOR: 'supervisor',
  ADMIN: 'admin',
} satisfies Record<string, supervision.AccountRole>;

export const ProgressStatus = {
  NOT_STARTED: 'not-started',
  IN_PROGRESS: 'in-progress',
  DONE: 'done',
  BLOCKED: 'blocked',
} satisfies Record<string, supervision.ProgressStatus>;

export const ReportKind = { REPORT: 'report', REOPEN: 'reopen' } satisfies Record<string, supervision.ReportKind>;

export const Light = { RED: 'red', YELLOW: 'yellow', GREEN: 'green', GREY: 'grey' } satisfies Record<
  string,
  lights.Light
>;

export const Confidence = { CERTAIN: 'certain', LIKELY: 'likely', UNCLEAR: 'unclear' } satisfies Record<
  string,
  model.Confidence
>;

export const EvidenceBasis = { LAYOUT: 'layout', TEXT: 'text', ORDER: 'order' } satisfies Record<
  string,
  model.Evidence['basis']
>;

export const LinkKind = { CASCADE: 'cascade', CONTINUATION: 'continuation' } satisfies Record<
  string,
  model.MeasureLink['kind']
>;

export const ContinuationLabel = { CONTINUED: 'continued', CHANGED: 'changed' } satisfies Record<
  string,
  NonNullable<model.MeasureLink['label']>
>;

export const UnmatchedKind = { GAP: 'gap', NEW: 'new', DROPPED: 'dropped' } satisfies Record<
  string,
  model.UnmatchedMeasure['kind']
>;

export const ReadingDecisionKind = {
  CONFIRM: 'confirm',
  SET_ROLE: 'role',
  MOVE: 'move',
  REMOVE: 'remove',
  ADD: 'add',
} satisfies Record<string, review.DecisionKind>;

export const ReviewEventKind = {
  ...ReadingDecisionKind,
  UNDO: 'undo',
  ACCEPT: 'accept',
  REJECT: 'reject',
} satisfies Record<string, review.ReviewEventKind>;

export const DecisionStatus = { DECIDED: 'decided', PROPOSED: 'proposed' } satisfies Record<
  string,
  review.DecisionStatus
>;

export const DecisionOutcome = {
  APPLIED: 'applied',
  STALE: 'stale',
  UNDONE: 'undone',
  PROPOSED: 'proposed',
  REJECTED: 'rejected',
  RECORDED: 'recorded',
} satisfies Record<string, review.Outcome>;

/** The resolver map entries for every enum of the schema. */
export const enumResolvers = {
  Role,
  Level,
  UnitKind,
  Topic,
  DeadlineKind,
  NodeType,
  Confidence,
  EvidenceBasis,
  AccountRole,
  ProgressStatus,
  ReportKind,
  Light,
  LinkKind,
  ContinuationLabel,
  UnmatchedKind,
  ReadingDecisionKind,
  ReviewEventKind,
  DecisionStatus,
  DecisionOutcome,
};
