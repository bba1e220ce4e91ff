// The report itself, its method and caveat, and the survey's aggregate answers (tables 1 and 2 of
// section 3). These are county-level facts: the report does not say which municipality answered what.
MERGE (s:Source {slug: 'storsthlm-2020'})
SET s.title = 'Tillsammans för trygghet för länets invånare – kartläggning av kommunernas trygghetsarbete',
    s.shortName = 'Storsthlm 2020',
    s.publisher = 'Storsthlm',
    s.published = date('2020-09-18'),
    s.interviews = 24, s.studyVisits = 1, s.municipalities = 26, s.fieldwork = 'våren 2020',
    s.methodQuote = 'Informationen bygger på intervjuer med 24 kommuner och ett studiebesök. Ytterligare ett studiebesök planerades men fick ställas in till följd av utbrottet av corona-pandemin.',
    s.caveatQuote = 'I avsnittet jämförs inte kommunerna med varandra. Därför redogörs inte för vilka kommuner som svarar vad, med undantag för när informationen som getts finns tillgänglig på till exempel på kommunens hemsida.';

UNWIND [
  {order: 1, table: 1, sv: 'Har politiken gett några särskilda direktiv vad gäller arbete med trygghet i er kommun?',
   en: 'Have the politicians issued specific directives on safety work in your municipality?', yes: 21, no: 5, unknown: 0, yesPct: 81, noPct: 19, unknownPct: 0},
  {order: 2, table: 1, sv: 'Beskrivs trygghetsfrågor i er kommuns översiktsplan?',
   en: 'Are safety issues described in your comprehensive plan?', yes: 21, no: 4, unknown: 1, yesPct: 81, noPct: 15, unknownPct: 4},
  {order: 3, table: 1, sv: 'Har ni en strategi för trygghetsskapande arbete och insatser?',
   en: 'Do you have a strategy for safety work and measures?', yes: 16, no: 10, unknown: 0, yesPct: 62, noPct: 38, unknownPct: 0},
  {order: 4, table: 1, sv: 'Har ni i er kommun definierat vad som innefattas i begreppet kommunalt trygghetsarbete?',
   en: 'Has your municipality defined what municipal safety work includes?', yes: 9, no: 17, unknown: 0, yesPct: 35, noPct: 65, unknownPct: 0},
  {order: 5, table: 2, sv: 'Har ni någon form av medborgardialog vad gäller trygghetsfrågor?',
   en: 'Do you hold any form of citizen dialogue on safety issues?', yes: 26, no: 0, unknown: 0, yesPct: 100, noPct: 0, unknownPct: 0},
  {order: 6, table: 2, sv: 'Samverkar ni med någon/några andra kommuner när det gäller trygghetsfrågor?',
   en: 'Do you cooperate with one or more other municipalities on safety issues?', yes: 24, no: 2, unknown: 0, yesPct: 92, noPct: 8, unknownPct: 0}
] AS q
MATCH (s:Source {slug: 'storsthlm-2020'})
MERGE (n:SurveyQuestion {order: q.order})
SET n.table = q.table, n.questionSv = q.sv, n.questionEn = q.en, n.yes = q.yes, n.no = q.no, n.unknown = q.unknown,
    n.yesPercent = q.yesPct, n.noPercent = q.noPct, n.unknownPercent = q.unknownPct
MERGE (n)-[:REPORTED_IN]->(s);
