// Survey rounds (issue #25): a round asks organisations; a respondent answers for one of them
// through a personal link, found by the SHA-256 of its token through this constraint's index.
CREATE CONSTRAINT survey_round_id IF NOT EXISTS FOR (r:SurveyRound) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT respondent_id IF NOT EXISTS FOR (p:Respondent) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT respondent_token_hash IF NOT EXISTS FOR (p:Respondent) REQUIRE p.tokenHash IS UNIQUE;
// One organisation's answers in one round, shared by its respondents.
CREATE CONSTRAINT survey_answer_key IF NOT EXISTS FOR (a:SurveyAnswer) REQUIRE a.key IS UNIQUE;
