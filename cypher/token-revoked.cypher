MATCH (t:RevokedToken {id: $id})
RETURN count(t) AS revoked;
