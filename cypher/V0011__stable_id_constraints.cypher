// Every organisation and every tie carries a stable id (issue #21): organisations their
// "kind:key" (e.g. municipality:0180), ties a random UUID given once at creation and never reused.
// Neo4j's elementId() is reused after a deletion, so nothing outside a transaction may use it.
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cooperation_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT membership_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT convening_id IF NOT EXISTS FOR ()-[r:CONVENES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT police_area_id IF NOT EXISTS FOR ()-[r:COVERS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT border_id IF NOT EXISTS FOR ()-[r:BORDERS]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX change_subject IF NOT EXISTS FOR (n:Change) ON (n.tieId);
