/**
 * Generated Danish text in the register of guidance on specialised social
 * services, for benchmark chapters, comments and searches. Sentences are
 * filled from templates and domain word lists; each chapter has a theme (a few
 * target groups, professions and a region) that its sentences keep returning
 * to, and words are drawn with a skewed (Zipf-like) frequency, so that as in
 * real guidance some words are in most chapters and most words in few.
 */

const ACTORS = [
  'kommunen',
  'regionen',
  'sagsbehandleren',
  'den koordinerende sagsbehandler',
  'forældrene',
  'den unge',
  'borgeren',
  'skolen',
  'dagtilbuddet',
  'botilbuddet',
  'leverandøren',
  'ergoterapeuten',
  'fysioterapeuten',
  'psykologen',
  'talepædagogen',
  'neuropsykologen',
  'den praktiserende læge',
  'hospitalet',
  'børne- og ungepsykiatrien',
  'PPR',
  'VISO',
  'specialrådgivningen',
  'familieafdelingen',
  'jobcentret',
  'ungdomsuddannelsesvejledningen',
  'kontaktpersonen',
  'pædagogen',
  'plejefamilien',
  'aflastningstilbuddet',
  'værgen',
  'kommunalbestyrelsen',
  'Socialstyrelsen',
  'Sundhedsstyrelsen',
  'socialtilsynet',
  'den nationale koordinationsstruktur',
  'handicaprådet',
  'patientforeningen',
  'brugerorganisationen',
  'bostøtten',
  'netværket',
];

const VERBS = [
  'koordinerer',
  'vurderer',
  'dokumenterer',
  'tilrettelægger',
  'sikrer',
  'understøtter',
  'beskriver',
  'igangsætter',
  'følger op på',
  'reviderer',
  'afklarer',
  'prioriterer',
  'evaluerer',
  'inddrager',
  'rådgiver om',
  'tager ansvar for',
  'har overblik over',
  'deler viden om',
  'bevilger',
  'visiterer til',
  'udreder',
  'planlægger',
  'justerer',
  'godkender',
  'afdækker',
  'styrker',
  'tilpasser',
  'forankrer',
  'overdrager',
  'formidler',
];

const OBJECTS = [
  'indsatsen',
  'handleplanen',
  'udredningen',
  'rehabiliteringen',
  'overgangen til voksenlivet',
  'aflastningen',
  'specialundervisningen',
  'støttebehovet',
  'funktionsevnen',
  'den børnefaglige undersøgelse',
  'den pædagogiske psykologiske vurdering',
  'hjælpemidlerne',
  'boligændringerne',
  'ledsageordningen',
  'den kognitive profil',
  'kommunikationsstøtten',
  'tolkebistanden',
  'samarbejdsaftalen',
  'kvalitetsstandarden',
  'serviceniveauet',
  'visitationen',
  'sagsbehandlingstiden',
  'opfølgningen',
  'dokumentationen',
  'tabt arbejdsfortjeneste',
  'merudgifter',
  'beskyttet beskæftigelse',
  'socialpædagogisk støtte',
  'neuropædagogisk træning',
  'træningen i daglige aktiviteter',
  'skoleskiftet',
  'overleveringen',
  'forældresamarbejdet',
  'søskendegruppen',
  'netværksmødet',
  'genoptræningsplanen',
  'udskrivningen',
  'medicineringen',
  'kriseplanen',
  'den faglige metode',
  'personalets kompetencer',
  'efteruddannelsen',
  'supervisionen',
  'datadelingen',
  'tavshedspligten',
  'samtykket',
  'klageadgangen',
  'afgørelsen',
  'revisitationen',
  'døgndækningen',
  'bostøtten',
  'fritidsaktiviteterne',
  'ungdomsuddannelsen',
  'STU-forløbet',
  'praktikforløbet',
  'mentorordningen',
  'den tværfaglige konference',
  'specialiseringsniveauet',
  'ventetiden',
  'forløbsbeskrivelsen',
];

const TARGET_GROUPS = [
  'børn med autisme',
  'unge med autisme',
  'voksne med autisme',
  'børn med erhvervet hjerneskade',
  'unge med erhvervet hjerneskade',
  'voksne med udviklingshæmning',
  'børn med ADHD',
  'døvblinde borgere',
  'børn med høretab',
  'borgere med synsnedsættelse',
  'børn med sjældne diagnoser',
  'unge med spiseforstyrrelser',
  'borgere med cerebral parese',
  'børn med epilepsi',
  'voksne med svære psykiske lidelser',
  'unge med selvskadende adfærd',
  'borgere med komplekse kommunikationsbehov',
  'børn med Downs syndrom',
  'unge med angst',
  'borgere med muskelsvind',
  'børn med tale- og sprogvanskeligheder',
  'voksne med Tourettes syndrom',
  'ældre med demens og udviklingshæmning',
  'unge med dobbeltdiagnoser',
];

const PLACES = [
  'i Region Hovedstaden',
  'i Region Sjælland',
  'i Region Syddanmark',
  'i Region Midtjylland',
  'i Region Nordjylland',
  'i Aarhus Kommune',
  'i Odense Kommune',
  'i Aalborg Kommune',
  'i Esbjerg Kommune',
  'i Vejle Kommune',
  'i Randers Kommune',
  'i Viborg Kommune',
  'i Holbæk Kommune',
  'i Slagelse Kommune',
  'i Næstved Kommune',
  'i Hjørring Kommune',
  'i Sønderborg Kommune',
  'i Svendborg Kommune',
  'i Herning Kommune',
  'i Bornholms Regionskommune',
  'på Fyn',
  'i Sønderjylland',
  'i hovedstadsområdet',
  'i yderkommunerne',
];

const QUALIFIERS = [
  'på tværs af sektorer',
  'i tæt samarbejde med familien',
  'med udgangspunkt i borgerens egne mål',
  'inden for de første tre måneder',
  'senest fire uger efter henvendelsen',
  'efter serviceloven',
  'efter sundhedsloven',
  'efter folkeskoleloven',
  'efter barnets lov',
  'med forældrenes samtykke',
  'så tidligt som muligt',
  'mindst en gang om året',
  'når kompleksiteten er høj',
  'når kommunens egne kompetencer ikke slår til',
  'i overensstemmelse med kvalitetsstandarden',
  'med særlig opmærksomhed på sjældne diagnoser',
  'ud fra en helhedsorienteret vurdering',
  'i et fast og forudsigeligt forløb',
  'med visuel støtte og faste rammer',
  'uden unødig ventetid',
  'ved hjælp af systematisk dokumentation',
  'som en del af den samlede plan',
  'i den nationale koordinationsstruktur',
  'på et højt specialiseret niveau',
];

const FINDINGS = [
  'mangler en fælles indgang',
  'oplever skiftende kontaktpersoner',
  'får for lidt information om deres rettigheder',
  'venter for længe på udredning',
  'har brug for mere aflastning',
  'savner koordinering mellem sektorerne',
  'efterspørger specialiseret rådgivning',
  'har gode erfaringer med faste netværksmøder',
  'beskriver overgangene som sårbare',
  'mister viden ved skoleskift',
  'oplever at bære koordineringen alene',
  'har behov for tolkebistand',
];

/** First parts of compounds, with their linking letter ("børne-", "sundheds-"). */
const COMPOUND_HEADS = [
  'børne',
  'unge',
  'voksen',
  'familie',
  'handicap',
  'social',
  'sundheds',
  'skole',
  'bolig',
  'beskæftigelses',
  'rehabiliterings',
  'hjerneskade',
  'autisme',
  'psykiatri',
  'misbrugs',
  'aflastnings',
  'døgn',
  'dag',
  'kommunikations',
  'hjælpemiddel',
  'tolke',
  'syns',
  'høre',
  'tale',
  'epilepsi',
  'demens',
  'sprog',
  'udviklings',
  'special',
  'kvalitets',
  'tilsyns',
  'visitations',
  'ungdoms',
  'fritids',
  'forældre',
  'søskende',
  'netværks',
  'overgangs',
  'udrednings',
  'trænings',
  'pleje',
  'støtte',
  'kriminalitets',
  'ensomheds',
  'trivsels',
  'inklusions',
  'mentor',
  'job',
  'uddannelses',
  'transport',
];
/** Last parts of compounds, in the definite form guidance uses ("-indsatsen", "-rådgivningen"). */
const COMPOUND_TAILS = [
  'indsatsen',
  'planen',
  'rådgivningen',
  'tilbuddet',
  'området',
  'forløbet',
  'teamet',
  'konferencen',
  'koordinationen',
  'vurderingen',
  'strategien',
  'aftalen',
  'samarbejdet',
  'undersøgelsen',
  'centret',
  'afdelingen',
  'politikken',
  'ordningen',
  'vejledningen',
  'kurset',
  'mødet',
  'modellen',
  'standarden',
  'evalueringen',
  'kortlægningen',
  'screeningen',
  'behandlingen',
  'pladserne',
  'budgettet',
  'tilsynet',
  'rapporten',
  'sekretariatet',
  'netværket',
  'funktionen',
  'enheden',
  'indsatsplanen',
  'konsulenten',
  'koordinatoren',
  'pakken',
  'projektet',
];
const COMPOUNDS = COMPOUND_HEADS.flatMap((head) => COMPOUND_TAILS.map((tail) => head + tail));

const MUNICIPALITIES = [
  'Aarhus',
  'Odense',
  'Aalborg',
  'Esbjerg',
  'Vejle',
  'Randers',
  'Viborg',
  'Kolding',
  'Silkeborg',
  'Herning',
  'Horsens',
  'Roskilde',
  'Næstved',
  'Slagelse',
  'Holbæk',
  'Hjørring',
  'Sønderborg',
  'Svendborg',
  'Frederikshavn',
  'Skanderborg',
  'Helsingør',
  'Køge',
  'Guldborgsund',
  'Holstebro',
  'Haderslev',
  'Ringkøbing-Skjern',
  'Aabenraa',
  'Gentofte',
  'Gladsaxe',
  'Hillerød',
  'Frederikssund',
  'Kalundborg',
  'Faaborg-Midtfyn',
  'Nyborg',
  'Middelfart',
  'Assens',
  'Varde',
  'Vordingborg',
  'Thisted',
  'Skive',
  'Struer',
  'Lemvig',
  'Ikast-Brande',
  'Hedensted',
  'Favrskov',
  'Syddjurs',
  'Norddjurs',
  'Mariagerfjord',
  'Rebild',
  'Vesthimmerland',
  'Jammerbugt',
  'Brønderslev',
  'Morsø',
  'Tønder',
  'Billund',
  'Fredericia',
  'Odsherred',
  'Sorø',
  'Ringsted',
  'Lolland',
  'Greve',
  'Solrød',
  'Ballerup',
  'Rødovre',
  'Hvidovre',
  'Tårnby',
  'Furesø',
  'Egedal',
  'Allerød',
  'Gribskov',
  'Halsnæs',
  'Fanø',
  'Læsø',
  'Samsø',
  'Ærø',
  'Langeland',
  'Kerteminde',
  'Nordfyns',
  'Stevns',
  'Faxe',
  'Lejre',
  'Odder',
].map((name) => `i ${name} Kommune`);

const DIAGNOSES = [
  'Retts syndrom',
  'Angelmans syndrom',
  'Prader-Willis syndrom',
  'føtalt alkoholsyndrom',
  'cerebral parese',
  'spina bifida',
  'muskeldystrofi',
  'Williams syndrom',
  'fragilt X-syndrom',
  'tuberøs sklerose',
  'neurofibromatose',
  'Ushers syndrom',
  'CHARGE-syndrom',
  'Dravets syndrom',
  'Aspergers syndrom',
  'Huntingtons sygdom',
  'sklerose',
  'apopleksi',
  'kraniehjernetraume',
  'hydrocephalus',
  'ataksi',
  'narkolepsi',
  'skizofreni',
  'bipolar lidelse',
  'OCD',
  'PTSD',
  'spiseforstyrrelse',
  'tilknytningsforstyrrelse',
].map((d) => `borgere med ${d}`);

const TEMPLATES: ((pick: Picker) => string)[] = [
  (p) => `${cap(p(ACTORS))} ${p(VERBS)} ${p(OBJECTS)} for ${p(TARGET_GROUPS)} ${p(QUALIFIERS)}.`,
  (p) => `For ${p(TARGET_GROUPS)} ${p(VERBS)} ${p(ACTORS)} ${p(OBJECTS)} ${p(PLACES)}.`,
  (p) =>
    `${cap(p(OBJECTS))} skal beskrives i handleplanen, og ${p(ACTORS)} ${p(VERBS)} den ${p(QUALIFIERS)}.`,
  (p) => `Erfaringen ${p(PLACES)} viser, at familier til ${p(TARGET_GROUPS)} ${p(FINDINGS)}.`,
  (p) => `${cap(p(ACTORS))} og ${p(ACTORS)} ${p(VERBS)} i fællesskab ${p(OBJECTS)} ${p(QUALIFIERS)}.`,
  (p) => `Når ${p(ACTORS)} ${p(VERBS)} ${p(OBJECTS)}, skal ${p(OBJECTS)} indgå ${p(QUALIFIERS)}.`,
  (p) => `Et tilbud ${p(PLACES)} har særlig erfaring med ${p(TARGET_GROUPS)} og ${p(OBJECTS)}.`,
  (p) => `Det anbefales, at ${p(ACTORS)} ${p(VERBS)} ${p(OBJECTS)} ${p(QUALIFIERS)}.`,
  (p) => `${cap(p(TARGET_GROUPS))} har ofte behov for ${p(OBJECTS)} og ${p(OBJECTS)} ${p(QUALIFIERS)}.`,
  (p) => `Ansvaret for ${p(OBJECTS)} ligger hos ${p(ACTORS)}, som ${p(VERBS)} ${p(OBJECTS)}.`,
  (p) => `Ifølge ${p(ACTORS)} er der familier ${p(PLACES)}, som ${p(FINDINGS)}.`,
  (p) => `${cap(p(ACTORS))} ${p(VERBS)} ${p(OBJECTS)}, så ${p(TARGET_GROUPS)} får en sammenhængende indsats.`,
  (p) => `Forløbet for ${p(TARGET_GROUPS)} begynder med ${p(OBJECTS)} og afsluttes med ${p(OBJECTS)}.`,
  (p) => `Der skal være klare aftaler om ${p(OBJECTS)} mellem ${p(ACTORS)} og ${p(ACTORS)} ${p(PLACES)}.`,
  (p) => `Kvaliteten af ${p(OBJECTS)} følges op ${p(QUALIFIERS)}, og resultaterne deles med ${p(ACTORS)}.`,
  (p) => `${cap(p(COMPOUNDS))} ${p(VERBS)} ${p(COMPOUNDS)} for ${p(DIAGNOSES)} ${p(MUNICIPALITIES)}.`,
  (p) => `I ${p(COMPOUNDS)} indgår ${p(COMPOUNDS)}, ${p(COMPOUNDS)} og ${p(OBJECTS)}.`,
  (p) => `${cap(p(ACTORS))} ${p(MUNICIPALITIES)} har oprettet ${p(COMPOUNDS)} med fokus på ${p(COMPOUNDS)}.`,
  (p) => `For ${p(DIAGNOSES)} ${p(VERBS)} ${p(COMPOUNDS)} ${p(OBJECTS)} ${p(QUALIFIERS)}.`,
  (p) => `Høringssvarene peger på, at ${p(TARGET_GROUPS)} ${p(PLACES)} ${p(FINDINGS)}.`,
];

/** Picks one element of a list. */
type Picker = <T>(list: readonly T[]) => T;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A Zipf-like draw: index i with weight about 1 / (i + 1), by the inverse of the harmonic sum's logarithm. */
function skewed(next: () => number, length: number): number {
  return Math.min(length - 1, Math.floor(Math.exp(next() * Math.log(length + 1))) - 1);
}

/**
 * A theme (a chapter's, or a comment's): each long list (compounds, places,
 * diagnoses) is narrowed to a few items of its own, each short list (the
 * grammatical backbone) is reordered at its top. Words are then drawn
 * Zipf-like, so a chapter keeps returning to its own words and shares the
 * common ones with every other.
 */
function themedPicker(next: () => number): Picker {
  const orders = new Map<readonly unknown[], number[]>();
  return <T>(list: readonly T[]): T => {
    let order = orders.get(list);
    if (!order) {
      if (list.length > 60) {
        order = Array.from({ length: 6 }, () => Math.floor(next() * list.length));
      } else {
        order = list.map((_, i) => i);
        for (let i = 0; i < Math.min(4, order.length); i++) {
          const j = i + Math.floor(next() * (order.length - i));
          [order[i], order[j]] = [order[j], order[i]];
        }
      }
      orders.set(list, order);
    }
    return list[order[skewed(next, order.length)]];
  };
}

/** One sentence, from a theme's picker. */
export function sentence(pick: Picker, next: () => number): string {
  return TEMPLATES[Math.floor(next() * TEMPLATES.length)](pick);
}

/** About `words` words of themed Danish guidance text, in paragraphs of 3–6 sentences. */
export function chapterParagraphs(next: () => number, words: number): string[] {
  const pick = themedPicker(next);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let i = 0, n = 3 + Math.floor(next() * 4); i < n; i++) {
      const s = sentence(pick, next);
      sentences.push(s);
      count += s.split(' ').length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

/** A comment or reply of one or two sentences, in a theme of its own. */
export function commentText(next: () => number): string {
  const pick = themedPicker(next);
  const prefixes = ['', '', 'Vi foreslår, at ', 'Bemærk: ', 'Kan det præciseres, om ', 'Vi savner, at '];
  const prefix = prefixes[Math.floor(next() * prefixes.length)];
  const first = sentence(pick, next);
  const body = prefix ? prefix + first.charAt(0).toLowerCase() + first.slice(1) : first;
  return (next() < 0.5 ? `${body} ${sentence(pick, next)}` : body).slice(0, 400);
}

const STOP = new Set([
  'og',
  'i',
  'at',
  'det',
  'en',
  'den',
  'til',
  'er',
  'som',
  'på',
  'de',
  'med',
  'af',
  'for',
]);

/** Every distinct word of four letters or more in the vocabulary (what people search for). */
export function vocabulary(): string[] {
  const lists = [
    ACTORS,
    VERBS,
    OBJECTS,
    TARGET_GROUPS,
    PLACES,
    QUALIFIERS,
    FINDINGS,
    COMPOUNDS,
    MUNICIPALITIES,
    DIAGNOSES,
  ];
  return [
    ...new Set(
      lists
        .flat()
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 4 && !STOP.has(w)),
    ),
  ];
}

/**
 * `count` queries: half single words, the rest two or three words taken from
 * one phrase of the vocabulary (the way people search: "overgangen voksenlivet",
 * "autisme syddanmark"), and a few quoted phrases.
 */
export function searchQueries(next: () => number, count: number): string[] {
  const words = vocabulary();
  const phrases = [
    ...OBJECTS,
    ...TARGET_GROUPS,
    ...PLACES,
    ...ACTORS,
    ...DIAGNOSES,
    ...MUNICIPALITIES,
  ].filter((p) => p.includes(' '));
  const significant = (p: string) =>
    p
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4 && !STOP.has(w));
  return Array.from({ length: count }, (_, i) => {
    const roll = next();
    if (roll < 0.5) return words[Math.floor(next() * words.length)];
    const phrase = phrases[Math.floor(next() * phrases.length)];
    if (roll < 0.6 && i % 2 === 0) return `"${phrase}"`;
    const parts = significant(phrase);
    if (roll < 0.8 || parts.length < 2) {
      // A phrase's word and a target group's or place's word: "hjerneskade aalborg".
      const other = significant(
        [...TARGET_GROUPS, ...PLACES][Math.floor(next() * (TARGET_GROUPS.length + PLACES.length))],
      );
      return [parts[0] ?? words[0], other[other.length - 1]].join(' ');
    }
    return parts.slice(0, 3).join(' ');
  });
}

/** A project's title. */
export function projectTitle(next: () => number, index: number): string {
  const group = TARGET_GROUPS[index % TARGET_GROUPS.length];
  return `Forløbsbeskrivelse ${index + 1}: ${cap(group)} ${PLACES[Math.floor(next() * PLACES.length)]}`;
}
