/** Sentences in the register of Danish guidance on social services, for benchmark text. */
export const DANISH_SENTENCES = [
  'Kommunen har ansvaret for at koordinere indsatsen omkring barnet og familien på tværs af forvaltninger.',
  'En koordinerende sagsbehandler sikrer, at familien har én indgang til kommunen gennem hele forløbet.',
  'Overgangen til voksenlivet kræver, at den unge og forældrene inddrages tidligt i planlægningen.',
  'Den specialiserede viden om sjældne diagnoser findes ofte kun få steder i landet.',
  'Regionen tilbyder højt specialiseret rådgivning, når kommunens egne kompetencer ikke slår til.',
  'Børn med erhvervet hjerneskade har brug for en helhedsorienteret og tværfaglig rehabilitering.',
  'Pædagoger, lærere og sundhedsprofessionelle skal dele viden om barnets behov og udvikling.',
  'Forældrene oplever ofte, at de selv må bære koordineringen mellem sektorerne.',
  'Specialiseringsniveauet afhænger af kompleksiteten i borgerens samlede situation.',
  'Et botilbud på niveau tre har døgndækning og adgang til neuropsykologisk ekspertise.',
  'Tidlig opsporing af høretab og synsnedsættelse forbedrer barnets muligheder for læring.',
  'Skolen bør have adgang til rådgivning fra specialister i autisme og kommunikation.',
  'Unge med autisme kan have behov for struktureret støtte i overgangen fra skole til uddannelse.',
  'Handleplanen beskriver mål, indsatser og ansvarsfordeling og revideres mindst en gang om året.',
  'Samarbejdet mellem hospital, kommune og praktiserende læge skal være beskrevet i en fælles aftale.',
  'Borgeren skal have mulighed for at bevare kontakten til sit netværk under et længerevarende ophold.',
  'Visitationen tager udgangspunkt i en faglig vurdering af funktionsevne og støttebehov.',
  'Hjælpemidler og boligændringer bevilges efter serviceloven, når de kompenserer for en varig funktionsnedsættelse.',
  'Den nationale koordinationsstruktur samler viden om de mest specialiserede indsatser.',
  'Medarbejderne skal have efteruddannelse i neuropædagogik og kognitiv træning.',
  'Dagtilbuddet tilrettelægger hverdagen med faste rammer, visuel støtte og forudsigelighed.',
  'Aflastning kan gives i hjemmet eller på et aflastningstilbud efter familiens ønske.',
  'Sagsbehandlingstiden må ikke forsinke igangsættelsen af nødvendige indsatser.',
  'Der skal foreligge en børnefaglig undersøgelse, før der træffes afgørelse om foranstaltninger.',
  'Den unge skal høres, og dennes synspunkter skal tillægges passende vægt i forhold til alder og modenhed.',
  'Beskæftigelsesindsatsen tilpasses den enkeltes ressourcer, og der kan etableres beskyttet beskæftigelse.',
  'Kvaliteten af indsatsen følges op med systematisk dokumentation og løbende evaluering.',
  'Tolkebistand og kommunikationsstøtte skal være tilgængelig for døvblinde borgere.',
  'Sundhedsstyrelsen anbefaler, at rehabiliteringen begynder allerede under indlæggelsen.',
  'Der er behov for et tæt samarbejde med patientforeninger og brugerorganisationer.',
  'Leverandøren dokumenterer personalets kompetencer og tilbuddets faglige metoder.',
  'Et tilbud i Region Syddanmark har særlig erfaring med voksne med autisme og psykiatriske diagnoser.',
  'Familierådgivningen kan hjælpe søskende med at forstå barnets handicap.',
  'Ved skoleskift overdrages relevant viden til den nye skole med forældrenes samtykke.',
  'Ergoterapeuten vurderer behovet for træning i daglige aktiviteter og brug af hjælpemidler.',
  'Fysioterapi og talepædagogisk bistand indgår i den samlede plan for barnets udvikling.',
  'Kommunalbestyrelsen fastsætter serviceniveauet og offentliggør kvalitetsstandarder.',
  'En ledsageordning giver den unge mulighed for at deltage i fritidsaktiviteter.',
  'Psykologisk udredning kan være nødvendig for at afklare barnets kognitive profil.',
  'Der skal tages højde for økonomiske konsekvenser for familien ved tabt arbejdsfortjeneste.',
  'Den tværsektorielle indsats forudsætter klare aftaler om datadeling og tavshedspligt.',
  'Mange familier efterspørger bedre information om rettigheder og muligheder for støtte.',
  'Specialundervisning tilrettelægges ud fra en pædagogisk psykologisk vurdering.',
  'Boligsociale forhold og transport har betydning for, om borgeren kan benytte tilbuddet.',
  'Opfølgningen skal vise, om indsatsen har den ønskede effekt for borgerens livskvalitet.',
];

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

/** `count` queries of 1–3 words drawn from the sentences (the words people search for). */
export function searchWords(next: () => number, count: number): string[] {
  const words = [
    ...new Set(
      DANISH_SENTENCES.join(' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 4 && !STOP.has(w)),
    ),
  ];
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => words[Math.floor(next() * words.length)]).join(
      ' ',
    ),
  );
}
