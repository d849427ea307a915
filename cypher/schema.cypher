// The graph's schema: one uniqueness constraint per keyed label (each also backs look-ups by
// id), indexes for the filters, and a full-text index over unit names and aliases for analysts
// in Neo4j Browser (the cjk analyzer splits Chinese into bigrams). Safe to run again.
CREATE CONSTRAINT seed_file IF NOT EXISTS FOR (n:Seed) REQUIRE n.file IS UNIQUE;
CREATE CONSTRAINT jurisdiction_name IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name);
CREATE INDEX task_plan IF NOT EXISTS FOR (n:Task) ON (n.planId);
CREATE INDEX measure_plan IF NOT EXISTS FOR (n:Measure) ON (n.planId);
CREATE INDEX measure_due IF NOT EXISTS FOR (n:Measure) ON (n.due);
CREATE FULLTEXT INDEX unit_names IF NOT EXISTS FOR (n:Unit) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// Supervision: accounts, progress reports and revoked tokens (server/supervision/neo4j.ts).
CREATE CONSTRAINT account_name IF NOT EXISTS FOR (n:Account) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT revoked_token_id IF NOT EXISTS FOR (n:RevokedToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_event_id IF NOT EXISTS FOR (n:ReviewEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX review_event_at IF NOT EXISTS FOR (n:ReviewEvent) ON (n.at);
CREATE INDEX report_measure IF NOT EXISTS FOR (n:Report) ON (n.measureId);
CREATE INDEX report_as_of IF NOT EXISTS FOR (n:Report) ON (n.asOf);
CREATE INDEX report_at IF NOT EXISTS FOR (n:Report) ON (n.at);
