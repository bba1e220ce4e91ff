// Gives existing organisations and ties their stable ids (see V0011). A tie keeps the elementId it
// had as legacyId, so that addresses saved before (?tie=...) can still be followed.
MATCH (n:Municipality) WHERE n.id IS NULL SET n.id = 'municipality:' + n.code;
MATCH (n:CityDistrict) WHERE n.id IS NULL SET n.id = 'city-district:' + n.slug;
MATCH (n:Actor) WHERE n.id IS NULL SET n.id = 'actor:' + n.slug;
MATCH (n:Forum) WHERE n.id IS NULL SET n.id = 'forum:' + n.slug;
MATCH ()-[r:COOPERATES_WITH|MEMBER_OF|PART_OF|CONVENES|COVERS|BORDERS]->() WHERE r.id IS NULL
SET r.id = randomUUID(), r.legacyId = elementId(r);

// The history named ties by elementId. Where that tie still exists between the organisations the
// change names, on the topic it names, the change follows it; otherwise the changes of one old id
// and one pair become one tie's history under a new id (a deleted tie, or an id Neo4j gave again).
MATCH (c:Change) WHERE c.tieId =~ '\\d+:[0-9a-f-]+:\\d+'
OPTIONAL MATCH (a)-[r:COOPERATES_WITH|MEMBER_OF|PART_OF|CONVENES]->(b)
WHERE elementId(r) = c.tieId AND a.id IN c.organisations AND b.id IN c.organisations
  AND (r.topic IS NULL OR coalesce(c.after, c.before) CONTAINS ('"topic":"' + r.topic + '"'))
WITH c.tieId AS old, c.organisations AS pair, head(collect(r.id)) AS kept, collect(c) AS changes
WITH changes, old, coalesce(kept, randomUUID()) AS id
FOREACH (c IN changes | SET c.legacyTieId = old, c.tieId = id);
