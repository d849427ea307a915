// City measures without a counterpart in a district plan, in the model's order: narrowed by the
// district (the plan's jurisdiction) and by plans (the city measure's or the district's); null means any.
MATCH (m:Measure)-[r:NO_COUNTERPART_IN {kind: 'gap'}]->(p:Plan)
WHERE ($jurisdictions IS NULL OR p.jurisdiction IN $jurisdictions)
  AND ($plans IS NULL OR p.id IN $plans OR m.planId IN $plans)
RETURN {kind: r.kind, measureId: m.id, otherPlanId: p.id} AS gap
ORDER BY r.order;
