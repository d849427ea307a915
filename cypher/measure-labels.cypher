// What a drawing shows of each measure besides its own fields: its task number and plan jurisdiction.
UNWIND $ids AS id
MATCH (m:Measure {id: id})-[:OF_TASK]->(t:Task)-[:IN_PLAN]->(p:Plan)
RETURN m.id AS id, t.seq AS taskSeq, p.jurisdiction AS jurisdiction;
