// The north's two groupings and the ties the report names between municipalities
// (Storsthlm 2020, section "Annan kommunal samverkan"). Confidence rules: docs/data-sources.md.

// Topics named for the groupings and in the section's ties.
UNWIND [
  {slug: 'samverkansbilar', nameSv: 'Samverkansbilar', nameEn: 'Joint patrol cars', color: '#0ea5e9'},
  {slug: 'valdsbejakande-extremism', nameSv: 'Våldsbejakande extremism', nameEn: 'Violent extremism', color: '#dc2626'},
  {slug: 'kompetensutveckling', nameSv: 'Kompetensutveckling', nameEn: 'Professional development', color: '#a16207'},
  {slug: 'unga', nameSv: 'Förebyggande arbete riktat mot unga', nameEn: 'Prevention work for young people', color: '#16a34a'},
  {slug: 'sakerhet', nameSv: 'Säkerhetsarbete', nameEn: 'Security management', color: '#334155'},
  {slug: 'brottsforebyggande', nameSv: 'Brottsförebyggande arbete', nameEn: 'Crime prevention', color: '#db2777'},
  {slug: 'trygghet-allmant', nameSv: 'Trygghetsarbete i allmänhet', nameEn: 'Safety work in general', color: '#64748b'}
] AS t
MERGE (n:Topic {slug: t.slug})
SET n.nameSv = t.nameSv, n.nameEn = t.nameEn, n.color = t.color;

// Municipalities outside the county that the section names (codes: SCB, OUT1).
UNWIND [
  {code: '0330', name: 'Knivsta', county: 'Uppsala län'},
  {code: '0488', name: 'Trosa', county: 'Södermanlands län'},
  {code: '0486', name: 'Strängnäs', county: 'Södermanlands län'},
  {code: '1480', name: 'Göteborg', county: 'Västra Götalands län'},
  {code: '1280', name: 'Malmö', county: 'Skåne län'}
] AS m
MERGE (n:Municipality:Organisation {code: m.code})
SET n.name = m.name, n.county = m.county, n.factSource = 'OUT1';

// The groupings and their forums.
UNWIND [
  {slug: 'nordost', name: 'Nordostkommunerna', type: 'grouping', topics: ['samverkansbilar', 'valdsbejakande-extremism', 'kompetensutveckling', 'unga'],
   quote: 'Nordost- kommunerna Norrtälje, Österåker, Vallentuna, Täby, Danderyd, Vaxholm och Lidingö Samverkansbilar Våldsbejakande extremism Kompetensutveckling Ung i Roslagen'},
  {slug: 'ung-i-roslagen', name: 'Ung i Roslagen', type: 'activity', topics: ['unga'],
   quote: 'Nordost- kommunerna Norrtälje, Österåker, Vallentuna, Täby, Danderyd, Vaxholm och Lidingö Samverkansbilar Våldsbejakande extremism Kompetensutveckling Ung i Roslagen'},
  {slug: 'nordvast', name: 'Nordvästkommunerna', type: 'grouping', topics: ['sakerhet', 'brottsforebyggande'],
   quote: 'Nordväst- kommunerna Sigtuna, Upplands-Bro, Upplands Väsby, Sollentuna och Järfälla.'},
  {slug: 'saksam', name: 'Säksam', type: 'forum', topics: ['sakerhet'],
   quote: 'Säksam – ett forum för säkerhetscheferna'},
  {slug: 'tryggsam', name: 'Tryggsam', type: 'forum', topics: ['brottsforebyggande'],
   quote: 'Tryggsam – ett nytt forum för trygghetssamordnarna/brottsförebyggare'}
] AS f
MERGE (n:Forum:Organisation {slug: f.slug})
SET n.name = f.name, n.forumType = f.type,
    n.source = 'Storsthlm 2020', n.section = 'Annan kommunal samverkan', n.quote = f.quote
WITH n, f
UNWIND f.topics AS topic
MATCH (t:Topic {slug: topic})
MERGE (n)-[w:WORKS_ON]->(t)
SET w.source = 'Storsthlm 2020';

// Members: the grouping itself is explicit; its forums and activities are stated for the group.
UNWIND [
  {forum: 'nordost', confidence: 'explicit', codes: ['0188', '0117', '0115', '0160', '0162', '0187', '0186'],
   quote: 'Nordost- kommunerna Norrtälje, Österåker, Vallentuna, Täby, Danderyd, Vaxholm och Lidingö'},
  {forum: 'ung-i-roslagen', confidence: 'collective', codes: ['0188', '0117', '0115', '0160', '0162', '0187', '0186'],
   quote: 'Nordost- kommunerna Norrtälje, Österåker, Vallentuna, Täby, Danderyd, Vaxholm och Lidingö Samverkansbilar Våldsbejakande extremism Kompetensutveckling Ung i Roslagen'},
  {forum: 'nordvast', confidence: 'explicit', codes: ['0191', '0139', '0114', '0163', '0123'],
   quote: 'Nordväst- kommunerna Sigtuna, Upplands-Bro, Upplands Väsby, Sollentuna och Järfälla.'},
  {forum: 'saksam', confidence: 'collective', codes: ['0191', '0139', '0114', '0163', '0123'],
   quote: 'Sollentuna och Järfälla. Visst samarbete finns även med Knivsta kommun. Säksam – ett forum för säkerhetscheferna'},
  {forum: 'tryggsam', confidence: 'collective', codes: ['0191', '0139', '0114', '0163', '0123'],
   quote: 'Säksam – ett forum för säkerhetscheferna Tryggsam – ett nytt forum för trygghetssamordnarna/brottsförebyggare'}
] AS g
MATCH (f:Forum {slug: g.forum})
UNWIND g.codes AS code
MATCH (m:Municipality {code: code})
MERGE (m)-[r:MEMBER_OF]->(f)
SET r.source = 'Storsthlm 2020', r.section = 'Annan kommunal samverkan', r.quote = g.quote,
    r.confidence = g.confidence;

// A grouping's named cooperation areas: a collective tie between every pair of its members.
UNWIND [
  {codes: ['0188', '0117', '0115', '0160', '0162', '0187', '0186'],
   topics: ['samverkansbilar', 'valdsbejakande-extremism', 'kompetensutveckling'],
   quote: 'Nordost- kommunerna Norrtälje, Österåker, Vallentuna, Täby, Danderyd, Vaxholm och Lidingö Samverkansbilar Våldsbejakande extremism Kompetensutveckling'},
  {codes: ['0191', '0139', '0114', '0163', '0123'], topics: ['sakerhet', 'brottsforebyggande'],
   quote: 'Säksam – ett forum för säkerhetscheferna Tryggsam – ett nytt forum för trygghetssamordnarna/brottsförebyggare'}
] AS g
UNWIND g.topics AS topic
MATCH (a:Municipality) WHERE a.code IN g.codes
MATCH (b:Municipality) WHERE b.code IN g.codes AND a.code < b.code
MERGE (a)-[r:COOPERATES_WITH {topic: topic}]->(b)
SET r.source = 'Storsthlm 2020', r.section = 'Annan kommunal samverkan', r.quote = g.quote,
    r.confidence = 'collective', r.rule = 'grouping-topic';

// Knivsta's partial link to the north-west grouping.
MATCH (k:Municipality {code: '0330'}), (f:Forum {slug: 'nordvast'})
MERGE (k)-[r:COOPERATES_WITH {topic: 'trygghet-allmant'}]->(f)
SET r.source = 'Storsthlm 2020', r.section = 'Annan kommunal samverkan',
    r.quote = 'Visst samarbete finns även med Knivsta kommun.', r.confidence = 'explicit', r.extent = 'partial';

// Ties the report names between two municipalities.
UNWIND [
  {a: '0136', b: '0127', topic: 'valdsbejakande-extremism', extent: 'stated',
   quote: 'Haninge lyfter samverkan med Botkyrka och Huddinge när det gäller våldsbejakande extremism.'},
  {a: '0136', b: '0126', topic: 'valdsbejakande-extremism', extent: 'stated',
   quote: 'Haninge lyfter samverkan med Botkyrka och Huddinge när det gäller våldsbejakande extremism.'},
  {a: '0128', b: '0140', topic: 'trygghet-allmant', extent: 'some',
   quote: 'Salem, Nykvarn och Södertälje berättar att de har viss samverkan'},
  {a: '0128', b: '0181', topic: 'trygghet-allmant', extent: 'some',
   quote: 'Salem, Nykvarn och Södertälje berättar att de har viss samverkan'},
  {a: '0140', b: '0181', topic: 'trygghet-allmant', extent: 'some',
   quote: 'Salem, Nykvarn och Södertälje berättar att de har viss samverkan'},
  {a: '0140', b: '0488', topic: 'trygghet-allmant', extent: 'stated',
   quote: 'där Nykvarn också nämner ett samarbete med Trosa och Strängnäs.'},
  {a: '0140', b: '0486', topic: 'trygghet-allmant', extent: 'stated',
   quote: 'där Nykvarn också nämner ett samarbete med Trosa och Strängnäs.'},
  {a: '0182', b: '0120', topic: 'unga', extent: 'some',
   quote: 'Nacka, Värmdö och delvis Tyresö har en del samverkan, främst kring unga.'},
  {a: '0182', b: '0138', topic: 'unga', extent: 'partial',
   quote: 'Nacka, Värmdö och delvis Tyresö har en del samverkan, främst kring unga.'},
  {a: '0120', b: '0138', topic: 'unga', extent: 'partial',
   quote: 'Nacka, Värmdö och delvis Tyresö har en del samverkan, främst kring unga.'},
  {a: '0180', b: '1480', topic: 'trygghet-allmant', extent: 'main',
   quote: 'Stockholms stad uttrycker att de främst samarbetar med Göteborg och Malmö'},
  {a: '0180', b: '1280', topic: 'trygghet-allmant', extent: 'main',
   quote: 'Stockholms stad uttrycker att de främst samarbetar med Göteborg och Malmö'}
] AS tie
MATCH (a:Municipality {code: tie.a}), (b:Municipality {code: tie.b})
MERGE (a)-[r:COOPERATES_WITH {topic: tie.topic}]->(b)
SET r.source = 'Storsthlm 2020', r.section = 'Annan kommunal samverkan', r.quote = tie.quote,
    r.confidence = 'explicit', r.extent = tie.extent;
