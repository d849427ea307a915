// The assignments to draw for the whole graph under the filter, in document order.
MATCH ()-[a:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]->(m:Measure)
WHERE ($roles IS NULL OR a.role IN $roles)
  AND ($plans IS NULL OR m.planId IN $plans)
  AND ($topics IS NULL OR m.topic IN $topics)
  AND ($deadlineKinds IS NULL OR m.deadlineKind IN $deadlineKinds)
  AND ($dueFrom IS NULL OR m.due >= $dueFrom)
  AND ($dueTo IS NULL OR m.due <= $dueTo)
RETURN a {.*} AS assignment
ORDER BY a.order;
