// Actors and forums the report names, and the ties it states between them and the municipalities
// (Storsthlm 2020). Confidence rules: docs/data-sources.md.

// The partners the interviewees name, ranked from most to least often named. The report gives the
// rank only, not which municipality names which partner, so no ties are drawn from this list.
UNWIND [
  {slug: 'polismyndigheten', name: 'Polismyndigheten', type: 'police', rank: 1},
  {slug: 'raddningstjansten', name: 'Räddningstjänsten', type: 'rescue-service', rank: 2},
  {slug: 'civilsamhallet', name: 'Civilsamhället', type: 'civil-society', rank: 3},
  {slug: 'fastighetsagare', name: 'Fastighetsägare (oftast kommunala)', type: 'property-owner', rank: 4},
  {slug: 'lokala-naringslivet', name: 'Det lokala näringslivet', type: 'business', rank: 5},
  {slug: 'kollektivtrafiken', name: 'Kollektivtrafiken', type: 'public-transport', rank: 6},
  {slug: 'bevakningsbolag', name: 'Bevakningsbolag/väktare', type: 'business', rank: 7},
  {slug: 'grannsamverkan', name: 'Grannsamverkan', type: 'civil-society', rank: 8},
  {slug: 'idrottsforeningar', name: 'Idrottsföreningar', type: 'civil-society', rank: 9},
  {slug: 'kyrkan', name: 'Kyrkan', type: 'faith-community', rank: 10},
  {slug: 'nattvandrare', name: 'Nattvandrare', type: 'civil-society', rank: 11},
  {slug: 'centrumagare', name: 'Centrumägare', type: 'property-owner', rank: 12}
] AS a
MERGE (n:Actor:Organisation {slug: a.slug})
SET n.name = a.name, n.actorType = a.type, n.partnerRank = a.rank, n.source = 'Storsthlm 2020',
    n.section = 'Samverkan med andra aktörer',
    n.quote = 'Listan nedan är graderad i ordning efter de som nämns oftast till de som nämns mer sällan.';

// Partners that only a few interviewees name, and partners named as needed.
UNWIND [
  {slug: 'region-stockholm', name: 'Region Stockholm', type: 'region', section: 'Samverkan med andra aktörer',
   quote: 'Andra aktörer som några enstaka av de intervjuade lyfter pågående samverkan med är Region Stockholm'},
  {slug: 'tjej-och-kvinnojourer', name: 'Tjej- och kvinnojourer', type: 'civil-society', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'civilforsvaret', name: 'Civilförsvaret', type: 'civil-society', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'kriminalvarden', name: 'Kriminalvården', type: 'national-agency', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'forsakringskassan', name: 'Försäkringskassan', type: 'national-agency', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'folkets-hus', name: 'Folkets hus', type: 'civil-society', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'hotell', name: 'Hotell', type: 'business', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'sis', name: 'Statens institutionsstyrelse (SiS)', type: 'national-agency', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'skatteverket', name: 'Skatteverket', type: 'national-agency', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'pro', name: 'PRO', type: 'civil-society', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'hyresgastforeningen', name: 'Hyresgästföreningen', type: 'civil-society', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'datainspektionen', name: 'Datainspektionen', type: 'national-agency', section: 'Samverkan med andra aktörer',
   quote: 'Region Stockholm, tjej- och kvinnojourer, civilförsvaret, Kriminalvården, Försäkringskassan, Folkets hus, Hotell, SiS, Skatteverket, PRO, Hyresgästföreningen och Datainspektionen.'},
  {slug: 'bup', name: 'BUP (barn- och ungdomspsykiatrin)', type: 'region', section: 'Annat att uppmärksamma',
   quote: 'Några aktörer, som måste ses som viktiga när det kommer till kommunalt trygghetsarbete, nämns bara i en eller två intervjuer: • BUP • Ungdomsmottagningarna'},
  {slug: 'ungdomsmottagningarna', name: 'Ungdomsmottagningarna', type: 'region', section: 'Annat att uppmärksamma',
   quote: 'Några aktörer, som måste ses som viktiga när det kommer till kommunalt trygghetsarbete, nämns bara i en eller två intervjuer: • BUP • Ungdomsmottagningarna'},
  {slug: 'ekobrottsmyndigheten', name: 'Ekobrottsmyndigheten', type: 'national-agency', section: 'Behov av utvecklad samverkan med andra aktörer',
   quote: 'Här nämns polis, civilsamhället, näringslivet, privata fastighetsbolag, Region Stockholm, Ekobrottsmyndigheten, Skatteverket och Transportstyrelsen.'},
  {slug: 'transportstyrelsen', name: 'Transportstyrelsen', type: 'national-agency', section: 'Behov av utvecklad samverkan med andra aktörer',
   quote: 'Här nämns polis, civilsamhället, näringslivet, privata fastighetsbolag, Region Stockholm, Ekobrottsmyndigheten, Skatteverket och Transportstyrelsen.'},
  {slug: 'privata-fastighetsbolag', name: 'Privata fastighetsbolag', type: 'property-owner', section: 'Behov av utvecklad samverkan med andra aktörer',
   quote: 'Här nämns polis, civilsamhället, näringslivet, privata fastighetsbolag, Region Stockholm, Ekobrottsmyndigheten, Skatteverket och Transportstyrelsen.'},
  {slug: 'lansstyrelsen-stockholm', name: 'Länsstyrelsen i Stockholms län', type: 'county-administrative-board', section: 'Regionen och Länsstyrelsen',
   quote: 'När det gäller brottsförebyggande arbete har länsstyrelsen i uppdrag10 att stödja och bidra till regional samordning.'},
  {slug: 'bra', name: 'Brottsförebyggande rådet (Brå)', type: 'national-agency', section: 'EST- Effektiv samordning för trygghet',
   quote: 'Hösten 2016 fick sju kommuner en förfrågan från Brottsförebyggande rådet (BRÅ) om att delta som pilotområden'},
  {slug: 'storsthlm', name: 'Storsthlm', type: 'municipal-association', section: 'Uppdraget',
   quote: 'Storsthlm genomförde under våren 2020 en kartläggning av hur kommunerna arbetar för att öka tryggheten hos medborgarna.'},
  {slug: 'kvinnojouren-upplands-bro', name: 'Kvinnojouren (Upplands-Bro)', type: 'civil-society', section: 'Trygghetscenter i Sigtuna och Upplands-Bro',
   quote: 'Här finns också Kvinnojouren, Advokatjouren, budget- och skuldrådgivning'},
  {slug: 'advokatjouren-upplands-bro', name: 'Advokatjouren (Upplands-Bro)', type: 'civil-society', section: 'Trygghetscenter i Sigtuna och Upplands-Bro',
   quote: 'Här finns också Kvinnojouren, Advokatjouren, budget- och skuldrådgivning'}
] AS a
MERGE (n:Actor:Organisation {slug: a.slug})
SET n.name = a.name, n.actorType = a.type, n.source = 'Storsthlm 2020', n.section = a.section, n.quote = a.quote;

// Partners the interviewees name as needed for better cooperation.
MATCH (n:Actor)
WHERE n.slug IN ['polismyndigheten', 'civilsamhallet', 'lokala-naringslivet', 'privata-fastighetsbolag', 'region-stockholm',
                 'ekobrottsmyndigheten', 'skatteverket', 'transportstyrelsen']
SET n.neededPartner = true,
    n.neededQuote = 'Här nämns polis, civilsamhället, näringslivet, privata fastighetsbolag, Region Stockholm, Ekobrottsmyndigheten, Skatteverket och Transportstyrelsen.';

// Forums, networks, methods and meeting places.
UNWIND [
  {slug: 'bron', name: 'BRON – Brottsförebyggande nätverk Stockholm', type: 'network', convenor: 'lansstyrelsen-stockholm',
   topics: ['brottsforebyggande'], section: 'Samverkan mellan kommunerna',
   quote: 'Alla de intervjuade utom tre uppger att de deltar i Länsstyrelsens forum för brottsförebyggande arbete, BRON.'},
  {slug: 'est', name: 'EST – Effektiv samordning för trygghet', type: 'method', convenor: 'bra',
   topics: ['brottsforebyggande'], section: 'EST- Effektiv samordning för trygghet',
   quote: 'Effektiv samordning för trygghet (EST) är ett systematiskt arbetssätt som bygger på kunskapsbaserad brottsprevention.'},
  {slug: 'trygghetscenter-sigtuna', name: 'Trygghetscentret i Sigtuna', type: 'meeting-place', convenor: null,
   topics: ['brottsforebyggande', 'krisberedskap'], section: 'Trygghetscenter i Sigtuna och Upplands-Bro',
   quote: 'På Trygghetscentret i Sigtuna kan medborgarna få svar på frågor om kommunens brottsförebyggande arbete, krisberedskapsarbete och totalförsvarsfrågor'},
  {slug: 'trygghetscenter-upplands-bro', name: 'Trygghetscentret i Upplands-Bro', type: 'meeting-place', convenor: null,
   topics: ['brottsforebyggande', 'vald-i-nara-relation'], section: 'Trygghetscenter i Sigtuna och Upplands-Bro',
   quote: 'Upplands-Bros trygghetscenter öppnade i början av februari 2020.'},
  {slug: 'business-improvement-district', name: 'Business Improvement District (BID)', type: 'method', convenor: null,
   topics: ['trygghet-allmant', 'samhallsplanering'], section: 'Business Improevment District - BID',
   quote: 'Den övergripande målsättningen för BID är förbättrade affärer via attraktiva miljöer'},
  {slug: 'purple-flag', name: 'Purple Flag', type: 'method', convenor: null,
   topics: ['trygghet-allmant'], section: 'Purple Flag',
   quote: 'Det övergripande syftet med Purple Flag är att skapa förutsättningar för ett ekonomiskt och socialt hållbara områden som lever även efter kontorstid.'},
  {slug: 'storsthlm-socialtjanstnatverket', name: 'Storsthlms socialtjänstnätverk', type: 'network', convenor: 'storsthlm',
   topics: [], section: 'Följebrev', quote: 'Till Storsthlms socialtjänst- och samhällsbyggnadsnätverk'},
  {slug: 'storsthlm-samhallsbyggnadsnatverket', name: 'Storsthlms samhällsbyggnadsnätverk', type: 'network', convenor: 'storsthlm',
   topics: ['samhallsplanering'], section: 'Följebrev', quote: 'Till Storsthlms socialtjänst- och samhällsbyggnadsnätverk'},
  {slug: 'insatser-psykisk-halsa-2020', name: 'Insatser inom området psykisk hälsa 2020', type: 'programme', convenor: null,
   topics: ['psykisk-halsa'], section: 'Regionen och Länsstyrelsen',
   quote: 'Kommunerna har tillsammans med dem flera viktiga samverkansprojekt, bl.a. 1) Insatser inom området psykisk hälsa 2020'},
  {slug: 'jamstalldhet-kvinnofrid-2018-2020', name: 'Stöd till jämställdhetsarbete och arbete för kvinnofrid 2018–2020', type: 'programme', convenor: null,
   topics: ['jamstalldhet', 'vald-i-nara-relation'], section: 'Regionen och Länsstyrelsen',
   quote: 'en treårig satsning på Stöd till jämställdhetsarbete och arbete för kvinnofrid i kommuner och regioner 2018-2020.'}
] AS f
MERGE (n:Forum:Organisation {slug: f.slug})
SET n.name = f.name, n.forumType = f.type, n.source = 'Storsthlm 2020', n.section = f.section, n.quote = f.quote
WITH n, f
CALL (n, f) {
  MATCH (c:Actor {slug: f.convenor})
  MERGE (c)-[r:CONVENES]->(n)
  SET r.source = 'Storsthlm 2020', r.section = f.section, r.quote = f.quote
}
CALL (n, f) {
  UNWIND f.topics AS topic
  MATCH (t:Topic {slug: topic})
  MERGE (n)-[w:WORKS_ON]->(t)
  SET w.source = 'Storsthlm 2020'
};

// Named members of forums and methods.
UNWIND [
  {forum: 'est', kind: 'Municipality', keys: ['0127', '0163'], role: 'pilot', section: 'EST- Effektiv samordning för trygghet',
   quote: 'Två kommuner i Stockholms län, Botkyrka och Sollentuna, fick frågan och tackade ja till att delta.'},
  {forum: 'trygghetscenter-sigtuna', kind: 'Municipality', keys: ['0191'], role: 'host', section: 'Trygghetscenter i Sigtuna och Upplands-Bro',
   quote: 'Två kommuner i länet har skapat så kallade trygghetscenter: Sigtuna och Uppland-Bro.'},
  {forum: 'trygghetscenter-upplands-bro', kind: 'Municipality', keys: ['0139'], role: 'host', section: 'Trygghetscenter i Sigtuna och Upplands-Bro',
   quote: 'Två kommuner i länet har skapat så kallade trygghetscenter: Sigtuna och Uppland-Bro.'},
  {forum: 'trygghetscenter-sigtuna', kind: 'Actor', keys: ['polismyndigheten', 'raddningstjansten'], role: 'shares premises', section: 'Trygghetscenter i Sigtuna och Upplands-Bro',
   quote: 'Gemensamt för båda trygghetscentren är att de delar lokalerna med polis och räddningstjänst.'},
  {forum: 'trygghetscenter-upplands-bro', kind: 'Actor', keys: ['polismyndigheten', 'raddningstjansten'], role: 'shares premises', section: 'Trygghetscenter i Sigtuna och Upplands-Bro',
   quote: 'Gemensamt för båda trygghetscentren är att de delar lokalerna med polis och räddningstjänst.'},
  {forum: 'trygghetscenter-upplands-bro', kind: 'Actor', keys: ['kvinnojouren-upplands-bro', 'advokatjouren-upplands-bro'], role: 'on site', section: 'Trygghetscenter i Sigtuna och Upplands-Bro',
   quote: 'Här finns också Kvinnojouren, Advokatjouren, budget- och skuldrådgivning'},
  {forum: 'business-improvement-district', kind: 'Municipality', keys: ['0191', '0163'], role: 'involved', section: 'Business Improevment District - BID',
   quote: 'Sigtuna och Sollentuna nämner att de är involverade i ett arbetssätt kallat Business Improvement District (BID).'},
  {forum: 'purple-flag', kind: 'Municipality', keys: ['0136'], role: 'certified area', section: 'Purple Flag',
   quote: 'I Sverige har 21 städer anlitat företaget, däribland Haninge som är den enda kommunen från Stockholmsområdet.'},
  {forum: 'insatser-psykisk-halsa-2020', kind: 'Actor', keys: ['region-stockholm', 'lansstyrelsen-stockholm'], role: 'party', section: 'Regionen och Länsstyrelsen',
   quote: 'Bland aktörerna på regional nivå återfinns bl.a. Region Stockholm och Länsstyrelsen. Kommunerna har tillsammans med dem flera viktiga samverkansprojekt'},
  {forum: 'jamstalldhet-kvinnofrid-2018-2020', kind: 'Actor', keys: ['region-stockholm', 'lansstyrelsen-stockholm'], role: 'party', section: 'Regionen och Länsstyrelsen',
   quote: 'Bland aktörerna på regional nivå återfinns bl.a. Region Stockholm och Länsstyrelsen. Kommunerna har tillsammans med dem flera viktiga samverkansprojekt'}
] AS m
MATCH (f:Forum {slug: m.forum})
UNWIND m.keys AS key
MATCH (o:Organisation)
WHERE m.kind IN labels(o) AND coalesce(o.code, o.slug) = key
MERGE (o)-[r:MEMBER_OF]->(f)
SET r.source = 'Storsthlm 2020', r.section = m.section, r.quote = m.quote, r.role = m.role, r.confidence = 'explicit';

// Stated for the whole group: every municipality of the county.
UNWIND [
  {forum: 'bron', extent: 'Alla intervjuade utom tre (ej namngivna)', section: 'Samverkan mellan kommunerna',
   quote: 'Alla de intervjuade utom tre uppger att de deltar i Länsstyrelsens forum för brottsförebyggande arbete, BRON.'}
] AS g
MATCH (f:Forum {slug: g.forum})
MATCH (m:Municipality {county: 'Stockholms län'})
MERGE (m)-[r:MEMBER_OF]->(f)
SET r.source = 'Storsthlm 2020', r.section = g.section, r.quote = g.quote, r.confidence = 'collective', r.extent = g.extent;

MATCH (police:Actor {slug: 'polismyndigheten'})
MATCH (m:Municipality {county: 'Stockholms län'})
MERGE (m)-[r:COOPERATES_WITH {topic: 'medborgarloften'}]->(police)
SET r.source = 'Storsthlm 2020', r.section = 'Medborgarlöften', r.confidence = 'collective',
    r.quote = 'Samtliga kommuner i länet har tillsammans med polisen formulerat medborgarlöften.';

// Ties the report names between municipalities and Stockholm's city districts.
UNWIND [
  {code: '0125', district: 'hasselby-vallingby'}, {code: '0125', district: 'bromma'},
  {code: '0123', district: 'spanga-tensta'}, {code: '0123', district: 'rinkeby-kista'}, {code: '0123', district: 'hasselby-vallingby'}
] AS tie
MATCH (m:Municipality {code: tie.code}), (d:CityDistrict {slug: tie.district})
MERGE (m)-[r:COOPERATES_WITH {topic: 'trygghet-allmant'}]->(d)
SET r.source = 'Storsthlm 2020', r.section = 'Annan kommunal samverkan', r.confidence = 'explicit',
    r.quote = 'till exempel Ekerö som nämner Hässelby/Vällingby och Bromma samt Järfälla som samarbetar med Spånga/Tensta, Rinkeby/Kista och Hässelby/Vällingby.';

// Needs that the report ties to a named municipality.
UNWIND [
  {code: '0117', section: 'Polisen som försvann',
   quote: 'Den intervjuade menar att de i Österåker inte har områdespoliser och att förutsättningen för ökad trygghet är en större närvaro av poliser.'},
  {code: '0125', section: 'Polisen som försvann',
   quote: 'Ekerö kommun skriver på sin webbplats att de satt som mål att ansökan om att bli pilotkommun för kommunalt finansierad polis.'}
] AS need
MATCH (m:Municipality {code: need.code}), (t:Topic {slug: 'polisnarvaro'})
MERGE (m)-[w:WANTS_COOPERATION_ON]->(t)
SET w.source = 'Storsthlm 2020', w.section = need.section, w.quote = need.quote;
