// What the graph holds: the health check's counts (all zero before the first load).
RETURN
  COUNT { (:Plan) } AS plans,
  COUNT { (:Task) } AS tasks,
  COUNT { (:Measure) } AS measures,
  COUNT { (:Unit) } AS units,
  COUNT { ()-[:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]->(:Measure) } AS assignments;
