// The topic taxonomy: the 19 areas the report lists as part of municipal safety work (section
// "Samverkan inom kommunerna"), the topics named for groupings and forums, and the areas where
// interviewees want more cooperation (section "Behov av utvecklad samverkan inom och mellan kommunerna").
// The report does not say which municipalities voiced a need, so a need is stored on its topic
// (statedNeed, needQuote), not as a tie. See docs/data-sources.md.
UNWIND [
  {slug: 'social-hallbarhet', nameSv: 'Social hållbarhet', nameEn: 'Social sustainability', color: '#0d9488'},
  {slug: 'jamstalldhet', nameSv: 'Jämställdhet', nameEn: 'Gender equality', color: '#c026d3'},
  {slug: 'unga', nameSv: 'Förebyggande och främjande arbete riktat mot unga', nameEn: 'Prevention and promotion work for young people', color: '#16a34a'},
  {slug: 'tillganglighet', nameSv: 'Tillgänglighet', nameEn: 'Accessibility', color: '#65a30d'},
  {slug: 'vald-i-nara-relation', nameSv: 'Våld i nära relation och hedersfrågor', nameEn: 'Domestic and honour-related violence', color: '#be123c'},
  {slug: 'andt', nameSv: 'Alkohol, narkotika, droger och tobak (ANDT)', nameEn: 'Alcohol, drugs, doping and tobacco', color: '#7c2d12'},
  {slug: 'valdsbejakande-extremism', nameSv: 'Våldsbejakande extremism', nameEn: 'Violent extremism', color: '#dc2626'},
  {slug: 'psykisk-halsa', nameSv: 'Psykisk hälsa', nameEn: 'Mental health', color: '#0369a1'},
  {slug: 'brottsforebyggande', nameSv: 'Brottsförebyggande arbete', nameEn: 'Crime prevention', color: '#db2777'},
  {slug: 'elevhalsa', nameSv: 'Elevhälsa', nameEn: 'Pupil health', color: '#4d7c0f'},
  {slug: 'segregation-integration', nameSv: 'Segregation/integration', nameEn: 'Segregation and integration', color: '#b45309'},
  {slug: 'krisberedskap', nameSv: 'Krisberedskap', nameEn: 'Emergency preparedness', color: '#ea580c'},
  {slug: 'utbildning-arbetsmarknad', nameSv: 'Utbildnings- och arbetsmarknadsfrågor', nameEn: 'Education and labour market', color: '#4338ca'},
  {slug: 'klimat', nameSv: 'Klimatfrågor', nameEn: 'Climate', color: '#15803d'},
  {slug: 'samhallsplanering', nameSv: 'Samhälls- och stadsplanering', nameEn: 'Urban and community planning', color: '#0891b2'},
  {slug: 'informationssakerhet', nameSv: 'Informationssäkerhet', nameEn: 'Information security', color: '#475569'},
  {slug: 'skalskydd', nameSv: 'Skalskydd', nameEn: 'Perimeter security', color: '#57534e'},
  {slug: 'kameror-ordningsvakter', nameSv: 'Övervakningskameror och ordningsvakter', nameEn: 'Surveillance cameras and security guards', color: '#9333ea'},
  {slug: 'hot-och-vald-mot-personal', nameSv: 'Hot och våld mot personal och förtroendevalda', nameEn: 'Threats and violence against staff and elected officials', color: '#991b1b'}
] AS t
MERGE (n:Topic {slug: t.slug})
SET n.nameSv = t.nameSv, n.nameEn = t.nameEn, n.color = t.color, n.safetyWorkArea = true,
    n.source = 'Storsthlm 2020', n.section = 'Samverkan inom kommunerna';

UNWIND [
  {slug: 'medborgarloften', nameSv: 'Medborgarlöften', nameEn: 'Citizen pledges', color: '#1d4ed8'},
  {slug: 'polisnarvaro', nameSv: 'Polisens lokala närvaro', nameEn: 'Local police presence', color: '#1e3a8a'}
] AS t
MERGE (n:Topic {slug: t.slug})
SET n.nameSv = t.nameSv, n.nameEn = t.nameEn, n.color = t.color;

UNWIND [
  {slug: 'utbildningsinsatser', nameSv: 'Utbildningsinsatser', nameEn: 'Training', color: '#a16207',
   quote: 'Exempel på sådant som kommunerna skulle kunna samverka kring är utbildningsinsatser'},
  {slug: 'forskningsansokningar', nameSv: 'Ansökningar om medel för forskning', nameEn: 'Research funding applications', color: '#6d28d9',
   quote: 'Exempel på sådant som kommunerna skulle kunna samverka kring är utbildningsinsatser, ansökningar om medel för forskning'},
  {slug: 'brott-och-narkotika-over-gransen', nameSv: 'Brottslighet och narkotika över kommungränserna', nameEn: 'Crime and drugs across municipal borders', color: '#9f1239',
   quote: 'samverkan kring brottslighet och narkotikafrågor eftersom det rör sig över kommungränserna.'},
  {slug: 'faltassistenter-fritidsgardar', nameSv: 'Fältassistenter och fritidsgårdar', nameEn: 'Field workers and youth centres', color: '#22c55e',
   quote: 'Ökat samarbete mellan fältassistenter och fritidsgårdar i olika kommuner skulle också vara bra eftersom unga personer också rör sig över kommungränserna.'},
  {slug: 'upphandling', nameSv: 'Upphandlingar', nameEn: 'Procurement', color: '#78716c',
   quote: 'Upphandlingar, digitala föräldrastödsutbildningar och stöd till personer som vill lämna kriminalitet lyfts som andra möjliga samverkansfrågor.'},
  {slug: 'digitalt-foraldrastod', nameSv: 'Digitala föräldrastödsutbildningar', nameEn: 'Digital parenting support', color: '#f59e0b',
   quote: 'Upphandlingar, digitala föräldrastödsutbildningar och stöd till personer som vill lämna kriminalitet lyfts som andra möjliga samverkansfrågor.'},
  {slug: 'avhopparverksamhet', nameSv: 'Stöd till personer som vill lämna kriminalitet', nameEn: 'Support for leaving crime', color: '#e11d48',
   quote: 'Upphandlingar, digitala föräldrastödsutbildningar och stöd till personer som vill lämna kriminalitet lyfts som andra möjliga samverkansfrågor.'},
  {slug: 'kameratillstand', nameSv: 'Underlag för ansökan om kameratillstånd', nameEn: 'Camera permit applications', color: '#a855f7',
   quote: 'En tjänsteman lyfter potentialen i att samverka mer strukturerat när det kommer till att ta fram underlag till Datainspektionen vid ansökan om tillstånd för övervakningskameror.'}
] AS t
MERGE (n:Topic {slug: t.slug})
SET n.nameSv = t.nameSv, n.nameEn = t.nameEn, n.color = t.color, n.statedNeed = true, n.needQuote = t.quote,
    n.source = 'Storsthlm 2020', n.section = 'Behov av utvecklad samverkan inom och mellan kommunerna';
