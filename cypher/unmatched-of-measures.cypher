// The plans each measure has no counterpart in (gap, new, dropped), in the model's order;
// measures with none give no row.
UNWIND $ids AS id
MATCH (:Measure {id: id})-[r:NO_COUNTERPART_IN]->(p:Plan)
WITH id, r, p
ORDER BY r.order
RETURN id, collect({kind: r.kind, measureId: id, otherPlanId: p.id}) AS unmatched;
