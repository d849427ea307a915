// How many review events there are: server processes compare it to notice new decisions.
MATCH (e:ReviewEvent)
RETURN count(e) AS events;
