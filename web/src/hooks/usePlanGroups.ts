/**
 * The overview grouped by plan. A unit serves several plans, so asking every unit's load by plan
 * (`overload { byPlan }` for all units) would cost too much at the scale of all Beijing (about
 * 1,000 plans, 415,000 assignments). Instead: the closed groups come from the plans' own counts
 * (`stats { byPlan }`, one light question, asked once), and opening a group asks `overload` for
 * that plan only. Both are kept by the client's cache, so closing and opening again asks nothing.
 */
import { useEffect, useMemo, useState } from 'react';
import { cachedGql } from '../api/client.ts';
import { OVERLOAD } from '../api/queries.ts';
import { graphql } from '../generated/gql.ts';
import type { PlanGroupInfo } from '../graph/groups.ts';
import type { Filter, UnitLoadRow } from '../lib/vocabulary.ts';
import { ALL_UNITS } from './useOverviewUnits.ts';

export const PLAN_COUNTS = graphql(`
  query PlanCounts {
    stats {
      byPlan {
        plan {
          id
          title
          topic
          topicLabel
          jurisdiction
          year
        }
        assignments
      }
    }
  }
`);

/**
 * Every plan with assignments, with its count, as the overview's closed groups. The filter's plans
 * and topics say which plans count (the counts themselves are the plans' whole: the other filters
 * show when a group is opened).
 */
export function usePlanCounts(
  filter: Filter | undefined,
  enabled: boolean,
): { plans?: PlanGroupInfo[]; error?: unknown } {
  const [answer, setAnswer] = useState<{ plans?: PlanGroupInfo[]; error?: unknown }>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    cachedGql(PLAN_COUNTS, {})
      .then((a) => live && setAnswer({ plans: a.stats.byPlan.map((p) => ({ ...p.plan, assignments: p.assignments })) }))
      .catch((error: unknown) => live && setAnswer({ error }));
    return () => {
      live = false;
    };
  }, [enabled]);
  const planKey = (filter?.plans ?? []).join('\n');
  const topicKey = (filter?.topics ?? []).join('\n');
  const plans = useMemo(() => {
    if (!answer?.plans) return undefined;
    const only = new Set(planKey ? planKey.split('\n') : []);
    const topics = new Set(topicKey ? topicKey.split('\n') : []);
    return answer.plans.filter(
      (p) => p.assignments > 0 && (only.size === 0 || only.has(p.id)) && (topics.size === 0 || topics.has(p.topic)),
    );
  }, [answer, planKey, topicKey]);
  return { plans, error: answer?.error };
}

/**
 * The units of each opened plan with their load in that plan under the filter (`overload` with
 * the filter narrowed to the plan), by plan id; a plan still being asked is absent.
 */
export function usePlanUnits(
  filter: Filter | undefined,
  planIds: readonly string[],
): { units: ReadonlyMap<string, UnitLoadRow[]>; error?: unknown } {
  const filterKey = JSON.stringify(filter ?? null);
  const idsKey = [...new Set(planIds)].sort().join('\n');
  // Answers by filter and plan, so a filter changed back finds its answers (the cache has them too).
  const [answers, setAnswers] = useState<ReadonlyMap<string, UnitLoadRow[]>>(new Map());
  const [error, setError] = useState<{ key: string; error: unknown }>();

  useEffect(() => {
    if (!idsKey) return;
    let live = true;
    const base = JSON.parse(filterKey) as Filter | null;
    for (const id of idsKey.split('\n')) {
      const key = `${filterKey}\n${id}`;
      cachedGql(OVERLOAD, { filter: { ...base, plans: [id] }, top: ALL_UNITS })
        .then((a) => {
          if (!live) return;
          setAnswers((known) => (known.has(key) ? known : new Map(known).set(key, a.overload)));
        })
        .catch((e: unknown) => live && setError({ key: filterKey, error: e }));
    }
    return () => {
      live = false;
    };
  }, [filterKey, idsKey]);

  const units = useMemo(() => {
    const byPlan = new Map<string, UnitLoadRow[]>();
    for (const id of idsKey ? idsKey.split('\n') : []) {
      const rows = answers.get(`${filterKey}\n${id}`);
      if (rows) byPlan.set(id, rows);
    }
    return byPlan;
  }, [answers, filterKey, idsKey]);
  return { units, error: error?.key === filterKey ? error.error : undefined };
}
