// The Police Authority's local police areas (lokalpolisområden) in Stockholm County around 2020 and
// what they cover (police.csv, POL1-POL25). Evidence years differ; each tie keeps its year and note.
MERGE (police:Actor:Organisation {slug: 'polismyndigheten'})
SET police.name = 'Polismyndigheten', police.actorType = 'police';

UNWIND [
  {slug: 'lpo-norrmalm', name: 'Lokalpolisområde Norrmalm', policeArea: 'Polisområde Stockholm city', codes: ['0186'], districts: ['norrmalm', 'ostermalm', 'kungsholmen'], year: '2019-2020', source: 'POL2;POL3', note: 'Lidingö + three inner-city SDOs; split 2025-01-01 into Lidingö-Kungsholmen and Norra innerstaden (POL4)'},
  {slug: 'lpo-sodermalm', name: 'Lokalpolisområde Södermalm', policeArea: 'Polisområde Stockholm city', codes: [], districts: ['sodermalm'], year: '2021', source: 'POL5', note: ''},
  {slug: 'lpo-jarfalla', name: 'Lokalpolisområde Järfälla', policeArea: 'Polisområde Stockholm nord', codes: ['0123', '0139'], districts: [], year: '2018-2020', source: 'POL6;POL7', note: ''},
  {slug: 'lpo-rinkeby', name: 'Lokalpolisområde Rinkeby', policeArea: 'Polisområde Stockholm nord', codes: [], districts: ['rinkeby-kista', 'spanga-tensta'], year: '2020', source: 'POL8;POL9', note: 'Aug 2020 text: Husby/Akalla/Tensta/Rinkeby/Hjulsta/Spånga; Rinkeby (renamed Järva by Dec 2020)'},
  {slug: 'lpo-norrtalje', name: 'Lokalpolisområde Norrtälje', policeArea: 'Polisområde Stockholm nord', codes: ['0188'], districts: [], year: '2019-2020', source: 'POL10', note: ''},
  {slug: 'lpo-sollentuna', name: 'Lokalpolisområde Sollentuna', policeArea: 'Polisområde Stockholm nord', codes: ['0163', '0114', '0191'], districts: [], year: '2019', source: 'POL11', note: ''},
  {slug: 'lpo-solna', name: 'Lokalpolisområde Solna', policeArea: 'Polisområde Stockholm nord', codes: ['0184', '0183'], districts: [], year: '2022-2023', source: 'POL12;POL13', note: 'Sundbyberg in LPO Solna verified only for 2022-2023'},
  {slug: 'lpo-taby', name: 'Lokalpolisområde Täby', policeArea: 'Polisområde Stockholm nord', codes: ['0160', '0162', '0115', '0187', '0117'], districts: [], year: '2018;2021', source: 'POL14;POL15', note: '2018 source names Täby/Danderyd/Vallentuna; Vaxholm+Österåker verified from 2021 source; rename date unverified; Täby (named Södra Roslagen by May 2021)'},
  {slug: 'lpo-vallingby', name: 'Lokalpolisområde Vällingby', policeArea: 'Polisområde Stockholm nord', codes: ['0125'], districts: ['hasselby-vallingby', 'bromma'], year: '2020', source: 'POL16', note: ''},
  {slug: 'lpo-botkyrka', name: 'Lokalpolisområde Botkyrka', policeArea: 'Polisområde Stockholm syd', codes: ['0127'], districts: [], year: '2015-2018', source: 'POL17', note: 'Salem (0128) LPO not verified'},
  {slug: 'lpo-farsta', name: 'Lokalpolisområde Farsta', policeArea: 'Polisområde Stockholm syd', codes: [], districts: ['farsta', 'enskede-arsta-vantor'], year: '2016;2024', source: 'POL18;POL19', note: 'Vantör-in-Farsta for 2020 inferred (Globen excludes Vantör 2017; Farsta-Vantör named 2024)'},
  {slug: 'lpo-globen', name: 'Lokalpolisområde Globen', policeArea: 'Polisområde Stockholm syd', codes: [], districts: ['enskede-arsta-vantor', 'skarpnack', 'alvsjo'], year: '2017', source: 'POL19', note: 'later text lists Hägersten-Älvsjö (Älvsjö part)'},
  {slug: 'lpo-haninge-nynashamn', name: 'Lokalpolisområde Haninge/Nynäshamn', policeArea: 'Polisområde Stockholm syd', codes: ['0136', '0192'], districts: [], year: '2025', source: 'POL20', note: '2020 coverage not directly verified'},
  {slug: 'lpo-huddinge', name: 'Lokalpolisområde Huddinge', policeArea: 'Polisområde Stockholm syd', codes: ['0126'], districts: [], year: '2019', source: 'POL21', note: ''},
  {slug: 'lpo-nacka', name: 'Lokalpolisområde Nacka', policeArea: 'Polisområde Stockholm syd', codes: ['0182', '0120', '0138'], districts: [], year: '2016;2022', source: 'POL22;POL23', note: ''},
  {slug: 'lpo-skarholmen', name: 'Lokalpolisområde Skärholmen', policeArea: 'Polisområde Stockholm syd', codes: [], districts: ['skarholmen', 'hagersten-liljeholmen'], year: 'c2022', source: 'POL24', note: ''},
  {slug: 'lpo-sodertalje', name: 'Lokalpolisområde Södertälje', policeArea: 'Polisområde Stockholm syd', codes: ['0181', '0140'], districts: [], year: '2016-2018', source: 'POL25', note: 'Salem (0128) unverified (likely Södertälje or Botkyrka)'}
] AS lpo
MATCH (police:Actor {slug: 'polismyndigheten'})
MERGE (n:Actor:Organisation {slug: lpo.slug})
SET n.name = lpo.name, n.actorType = 'police', n.policeArea = lpo.policeArea, n.factSource = lpo.source, n.note = lpo.note
MERGE (n)-[part:PART_OF]->(police)
SET part.source = lpo.source
WITH n, lpo
CALL (n, lpo) {
  UNWIND lpo.codes AS code
  MATCH (m:Municipality {code: code})
  MERGE (n)-[c:COVERS]->(m)
  SET c.source = lpo.source, c.evidenceYear = lpo.year
}
CALL (n, lpo) {
  UNWIND lpo.districts AS district
  MATCH (d:CityDistrict {slug: district})
  MERGE (n)-[c:COVERS]->(d)
  SET c.source = lpo.source, c.evidenceYear = lpo.year
};
