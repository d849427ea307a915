// Every party's assignment on each measure, in document order; measures with none give no row.
UNWIND $ids AS id
MATCH (:Measure {id: id})<-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]-()
WITH id, r
ORDER BY r.order
RETURN id, collect(r {.*}) AS assignments;
