// The 26 municipalities of Stockholm County.
// Population 31 Dec 2019 (SCB, via Mitt i: POP1), land area in km2 (SCB/Sweco 2017: AREA1),
// approximate centroid (okfse/sweden-geojson: GEO1). See docs/data-sources.md.
UNWIND [
  {code: '0114', name: 'Upplands Väsby', population: 46786, populationYear: 2019, areaKm2: 75, lat: 59.5213, lon: 17.9052, source: 'POP1;AREA1;GEO1'},
  {code: '0115', name: 'Vallentuna', population: 34090, populationYear: 2019, areaKm2: 358, lat: 59.5876, lon: 18.1984, source: 'POP1;AREA1;GEO1'},
  {code: '0117', name: 'Österåker', population: 45574, populationYear: 2019, areaKm2: 312, lat: 59.502, lon: 18.5575, source: 'POP1;AREA1;GEO1'},
  {code: '0120', name: 'Värmdö', population: 45000, populationYear: 2019, areaKm2: 448, lat: 59.3087, lon: 18.8034, source: 'POP1;AREA1;GEO1'},
  {code: '0123', name: 'Järfälla', population: 79990, populationYear: 2019, areaKm2: 54, lat: 59.4333, lon: 17.8187, source: 'POP1;AREA1;GEO1'},
  {code: '0125', name: 'Ekerö', population: 28690, populationYear: 2019, areaKm2: 217, lat: 59.3523, lon: 17.6486, source: 'POP1;AREA1;GEO1'},
  {code: '0126', name: 'Huddinge', population: 112848, populationYear: 2019, areaKm2: 131, lat: 59.2139, lon: 18.0165, source: 'POP1;AREA1;GEO1'},
  {code: '0127', name: 'Botkyrka', population: 94606, populationYear: 2019, areaKm2: 194, lat: 59.1589, lon: 17.82, source: 'POP1;AREA1;GEO1'},
  {code: '0128', name: 'Salem', population: 16750, populationYear: 2019, areaKm2: 54, lat: 59.2389, lon: 17.6893, source: 'POP1;AREA1;GEO1'},
  {code: '0136', name: 'Haninge', population: 92095, populationYear: 2019, areaKm2: 458, lat: 59.0231, lon: 18.2841, source: 'POP1;AREA1;GEO1'},
  {code: '0138', name: 'Tyresö', population: 48333, populationYear: 2019, areaKm2: 69, lat: 59.2154, lon: 18.3266, source: 'POP1;AREA1;GEO1'},
  {code: '0139', name: 'Upplands-Bro', population: 29346, populationYear: 2019, areaKm2: 235, lat: 59.5263, lon: 17.6513, source: 'POP1;AREA1;GEO1'},
  {code: '0140', name: 'Nykvarn', population: 11014, populationYear: 2019, areaKm2: 153, lat: 59.1938, lon: 17.395, source: 'POP1;AREA1;GEO1'},
  {code: '0160', name: 'Täby', population: 71874, populationYear: 2019, areaKm2: 61, lat: 59.4656, lon: 18.0715, source: 'POP1;AREA1;GEO1'},
  {code: '0162', name: 'Danderyd', population: 32857, populationYear: 2019, areaKm2: 26, lat: 59.4063, lon: 18.0544, source: 'POP1;AREA1;GEO1'},
  {code: '0163', name: 'Sollentuna', population: 73857, populationYear: 2019, areaKm2: 53, lat: 59.4511, lon: 17.9308, source: 'POP1;AREA1;GEO1'},
  {code: '0180', name: 'Stockholm', population: 974073, populationYear: 2019, areaKm2: 187, lat: 59.322, lon: 17.9969, source: 'POP1;AREA1;GEO1'},
  {code: '0181', name: 'Södertälje', population: 98979, populationYear: 2019, areaKm2: 525, lat: 59.1024, lon: 17.5426, source: 'POP1;AREA1;GEO1'},
  {code: '0182', name: 'Nacka', population: 105189, populationYear: 2019, areaKm2: 95, lat: 59.3003, lon: 18.2543, source: 'POP1;AREA1;GEO1'},
  {code: '0183', name: 'Sundbyberg', population: 52414, populationYear: 2019, areaKm2: 9, lat: 59.3783, lon: 17.9602, source: 'POP1;AREA1;GEO1'},
  {code: '0184', name: 'Solna', population: 82429, populationYear: 2019, areaKm2: 19, lat: 59.369, lon: 18.0083, source: 'POP1;AREA1;GEO1'},
  {code: '0186', name: 'Lidingö', population: 48123, populationYear: 2019, areaKm2: 31, lat: 59.3647, lon: 18.1814, source: 'POP1;AREA1;GEO1'},
  {code: '0187', name: 'Vaxholm', population: 12003, populationYear: 2019, areaKm2: 58, lat: 59.4018, lon: 18.3019, source: 'POP1;AREA1;GEO1'},
  {code: '0188', name: 'Norrtälje', population: 62622, populationYear: 2019, areaKm2: 2015, lat: 59.7885, lon: 18.8397, source: 'POP1;AREA1;GEO1'},
  {code: '0191', name: 'Sigtuna', population: 48964, populationYear: 2019, areaKm2: 328, lat: 59.6484, lon: 17.8908, source: 'POP1;AREA1;GEO1'},
  {code: '0192', name: 'Nynäshamn', population: 28575, populationYear: 2019, areaKm2: 359, lat: 58.8976, lon: 17.8846, source: 'POP1;AREA1;GEO1'}
] AS m
MERGE (n:Municipality:Organisation {code: m.code})
SET n.name = m.name, n.county = 'Stockholms län', n.population = m.population,
    n.populationYear = m.populationYear, n.areaKm2 = m.areaKm2, n.lat = m.lat, n.lon = m.lon,
    n.factSource = m.source;
