// A signed-out token, kept until it would have expired anyway; tokens past that are forgotten.
MERGE (t:RevokedToken {id: $id})
SET t.expiresAt = $expiresAt
WITH t
OPTIONAL MATCH (old:RevokedToken)
WHERE old.expiresAt < $now
DELETE old;
