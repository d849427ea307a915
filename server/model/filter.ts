/**
 * The filter every question shares: which plans, topics, roles and deadlines count. Declared
 * beside the model because the store contract, the API and the explorer all speak it.
 */
import type { DeadlineKind, Role, Topic } from './model.ts';

/** Narrows the assignments a question counts. Every field is optional; absent means all. */
export interface Filter {
  plans?: string[];
  topics?: Topic[];
  roles?: Role[];
  deadlineKinds?: DeadlineKind[];
  /** Measures due on or after / on or before this ISO date (measures without a due date are left out when set). */
  dueFrom?: string;
  dueTo?: string;
  /** Also count what a unit is on through a collective it belongs to (各镇人民政府 for 采育镇人民政府). */
  expandCollectives?: boolean;
}
