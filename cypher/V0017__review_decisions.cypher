// A review decision on a proposed change from a survey answer (issue #26) is kept once per proposal.
CREATE CONSTRAINT review_decision_key IF NOT EXISTS FOR (d:ReviewDecision) REQUIRE d.key IS UNIQUE;
