// Measures under the filter (plan, topic, deadline; with $roles, those someone holds in such a
// role), containing $text when given, in document order.
MATCH (m:Measure)
WHERE ($plans IS NULL OR m.planId IN $plans)
  AND ($topics IS NULL OR m.topic IN $topics)
  AND ($deadlineKinds IS NULL OR m.deadlineKind IN $deadlineKinds)
  AND ($dueFrom IS NULL OR m.due >= $dueFrom)
  AND ($dueTo IS NULL OR m.due <= $dueTo)
  AND ($text IS NULL OR m.text CONTAINS $text)
  AND ($roles IS NULL OR EXISTS { (m)<-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]-() WHERE r.role IN $roles })
RETURN m {.*} AS measure
ORDER BY m.order;
