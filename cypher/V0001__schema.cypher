// Uniqueness of every node kind's external id, plus lookups by name.
CREATE CONSTRAINT municipality_code IF NOT EXISTS FOR (n:Municipality) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT city_district_slug IF NOT EXISTS FOR (n:CityDistrict) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT actor_slug IF NOT EXISTS FOR (n:Actor) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT forum_slug IF NOT EXISTS FOR (n:Forum) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT topic_slug IF NOT EXISTS FOR (n:Topic) REQUIRE n.slug IS UNIQUE;
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX cooperation_topic IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.topic);
