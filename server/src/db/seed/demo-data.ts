import { OrganizationKind } from '../../modules/organizations/organization.entity';
import { ProjectKind } from '../../modules/projects/project.entity';
import { Role } from '../../modules/projects/membership.entity';

/** Demo only: every demo user has this password. */
export const DEMO_PASSWORD = 'samskriv-demo';

export const demoOrganizations = [
  { key: 'socs', name: 'Socialstyrelsen', shortName: 'SOCS', kind: OrganizationKind.AUTHORITY },
  { key: 'sst', name: 'Sundhedsstyrelsen', shortName: 'SST', kind: OrganizationKind.AUTHORITY },
  { key: 'kl', name: 'KL', shortName: 'KL', kind: OrganizationKind.AUTHORITY },
  { key: 'uvm', name: 'Undervisningsministeriet', shortName: 'UVM', kind: OrganizationKind.AUTHORITY },
  { key: 'dr', name: 'Danske Regioner', shortName: 'DR', kind: OrganizationKind.AUTHORITY },
  { key: 'experts', name: 'Eksperter (inviterede)', shortName: 'Eksperter', kind: OrganizationKind.EXPERTS },
  {
    key: 'dh',
    name: 'Danske Handicaporganisationer',
    shortName: 'DH',
    kind: OrganizationKind.INTEREST_ORGANISATION,
  },
  { key: 'sjd', name: 'Sjældne Diagnoser', shortName: 'SD', kind: OrganizationKind.INTEREST_ORGANISATION },
  {
    key: 'lfa',
    name: 'Landsforeningen Autisme',
    shortName: 'LFA',
    kind: OrganizationKind.INTEREST_ORGANISATION,
  },
  { key: 'dbs', name: 'Dansk Blindesamfund', shortName: 'DBS', kind: OrganizationKind.INTEREST_ORGANISATION },
  {
    key: 'hjf',
    name: 'Hjerneskadeforeningen',
    shortName: 'HJF',
    kind: OrganizationKind.INTEREST_ORGANISATION,
  },
  { key: 'sm', name: 'Social- og Indenrigsministeriet', shortName: 'SIM', kind: OrganizationKind.AUTHORITY },
] as const;

type OrgKey = (typeof demoOrganizations)[number]['key'];

export const demoUsers: {
  key: string;
  name: string;
  email: string;
  org: OrgKey;
  admin?: boolean;
  /** Granted by the system admin: may start projects. */
  startsProjects?: boolean;
}[] = [
  { key: 'admin', name: 'Systemadministrator', email: 'admin@samskriv.dk', org: 'socs', admin: true },
  {
    key: 'coordinator',
    name: 'Mette Kjær',
    email: 'mette.kjaer@socialstyrelsen.dk',
    org: 'socs',
    startsProjects: true,
  },
  { key: 'sst', name: 'Jonas Bech', email: 'jonas.bech@sst.dk', org: 'sst' },
  { key: 'kl', name: 'Camilla Holm', email: 'camilla.holm@kl.dk', org: 'kl' },
  { key: 'uvm', name: 'Peter Lund', email: 'peter.lund@uvm.dk', org: 'uvm' },
  { key: 'dr', name: 'Sara Friis', email: 'sara.friis@regioner.dk', org: 'dr' },
  { key: 'expert', name: 'Lars Winther', email: 'lars.winther@ekspert.dk', org: 'experts' },
  { key: 'dh', name: 'Karim Nielsen', email: 'karim.nielsen@handicap.dk', org: 'dh' },
  { key: 'sjd', name: 'Anne Mortensen', email: 'anne.mortensen@sjaeldnediagnoser.dk', org: 'sjd' },
  { key: 'observer', name: 'Helle Dam', email: 'helle.dam@sim.dk', org: 'sm' },
  { key: 'brain', name: 'Rikke Thomsen', email: 'rikke.thomsen@socialstyrelsen.dk', org: 'socs' },
  { key: 'autism', name: 'Mikkel Sørensen', email: 'mikkel.sorensen@kl.dk', org: 'kl' },
  { key: 'vision', name: 'Ida Kristensen', email: 'ida.kristensen@regioner.dk', org: 'dr' },
  { key: 'brain2', name: 'Sofie Lind', email: 'sofie.lind@socialstyrelsen.dk', org: 'socs' },
  { key: 'autism2', name: 'Anders Holt', email: 'anders.holt@kl.dk', org: 'kl' },
  { key: 'vision2', name: 'Maria Berg', email: 'maria.berg@regioner.dk', org: 'dr' },
  { key: 'lfa', name: 'Jens Poulsen', email: 'jens.poulsen@autismeforening.dk', org: 'lfa' },
  { key: 'dbs', name: 'Birgitte Hansen', email: 'birgitte.hansen@blind.dk', org: 'dbs' },
  { key: 'hjf', name: 'Ole Madsen', email: 'ole.madsen@hjerneskadeforeningen.dk', org: 'hjf' },
];

interface DemoProject {
  kind: ProjectKind;
  title: string;
  periodStart: string;
  periodEnd: string;
  targetGroup: string;
  purpose: string;
  background: string;
  partners: string;
  funding: string;
  contactName: string;
  contactPhone: string;
  contactOffice: string;
  members: { user: string; role: Role; isApprover?: boolean }[];
  documents: { kind: 'PATHWAY' | 'TARGET_GROUP'; title: string; chapters: string[] }[];
}

const levelChapters = [
  'Målgruppen og dens behov',
  'Specialiseringsniveau 1',
  'Specialiseringsniveau 2',
  'Specialiseringsniveau 3',
  'Kompetencer, organisering og samarbejde',
];

export const demoProjects: DemoProject[] = [
  {
    kind: ProjectKind.PATHWAY,
    title: 'Forløbsbeskrivelse om indsatser til børn og unge med sjældne handicap',
    periodStart: '2017-01-01',
    periodEnd: '2018-12-31',
    targetGroup: 'Børn og unge i alderen 0–25 år med sjældne handicap',
    purpose:
      'At samle viden og anbefalinger om, hvordan den højt specialiserede indsats til børn og unge med sjældne handicap organiseres og koordineres på tværs af fagligheder og sektorer, og hvilke kompetencer der skal inddrages på hvilke tidspunkter i barnets og den unges samlede forløb.',
    background:
      'Børn og unge med sjældne handicap har ofte komplekse og sammensatte behov, som kræver viden, der kun findes få steder i landet. Kommunerne møder målgruppen sjældent og har derfor svært ved at opbygge og fastholde erfaring. Forløbsbeskrivelsen udarbejdes som en del af den nationale koordinationsstruktur og forventes udgivet i efteråret 2018. Den følges op cirka et år efter udgivelsen og revideres senest tre år efter.',
    partners:
      'Arbejdsgruppe: Socialstyrelsen, Sundhedsstyrelsen, KL, Undervisningsministeriet, Danske Regioner og inviterede eksperter. Referencegruppe: bruger- og interesseorganisationer.',
    funding: 'Socialstyrelsens midler til national koordination',
    contactName: 'Mette Kjær',
    contactPhone: '72 42 37 00',
    contactOffice: 'Kontor for Socialtilsyn og National koordination, Socialstyrelsen',
    members: [
      { user: 'coordinator', role: Role.COORDINATOR, isApprover: true },
      { user: 'sst', role: Role.AUTHOR, isApprover: true },
      { user: 'kl', role: Role.AUTHOR, isApprover: true },
      { user: 'uvm', role: Role.AUTHOR, isApprover: true },
      { user: 'dr', role: Role.AUTHOR, isApprover: true },
      { user: 'expert', role: Role.AUTHOR },
      { user: 'dh', role: Role.REVIEWER },
      { user: 'sjd', role: Role.REVIEWER },
      { user: 'observer', role: Role.OBSERVER },
    ],
    documents: [
      {
        kind: 'PATHWAY',
        title: 'Forløbsbeskrivelse om indsatser til børn og unge med sjældne handicap',
        chapters: [
          'Indledning og formål',
          'Målgruppen: børn og unge med sjældne handicap',
          'Principper for et sammenhængende forløb',
          'Opsporing og udredning',
          'Koordinering på tværs af sektorer og fagligheder',
          'Indsatser i dagtilbud og skole',
          'Overgange fra barn til ung til voksen',
          'Specialiseret viden og kompetencer',
          'Inddragelse af barnet, den unge og familien',
          'Opfølgning og evaluering',
        ],
      },
    ],
  },
  {
    kind: ProjectKind.SPECIALISATION,
    title: 'Generel model for beskrivelse af specialiseringsniveauer',
    periodStart: '2020-01-01',
    periodEnd: '2021-06-30',
    targetGroup:
      'Borgere med erhvervet hjerneskade, borgere med autisme og borgere med synsnedsættelse (afprøvning på tre målgrupper)',
    purpose:
      'At udvikle en generel model for, hvordan specialiseringsniveauer på det specialiserede socialområde kan beskrives, og afprøve den på tre målgrupper: for hver målgruppe beskriver en specialistgruppe målgruppens behov for støtte på tre specialiseringsniveauer, og et udsnit af leverandørerne vurderes og indplaceres på et niveau.',
    background:
      'Kommuner, regioner og leverandører mangler et fælles sprog for, hvor specialiseret en indsats er. Modellen skal gøre det tydeligt, hvilke behov der kræver hvilken specialisering, og understøtte den faglige planlægning. Modellen evalueres i foråret 2021.',
    partners:
      'Specialistgrupper for erhvervet hjerneskade, autisme og synsnedsættelse med deltagelse af Socialstyrelsen, KL og Danske Regioner; referencegruppe af bruger- og interesseorganisationer.',
    funding: 'Socialstyrelsens midler til national koordination',
    contactName: 'Mette Kjær',
    contactPhone: '72 42 37 00',
    contactOffice: 'Kontor for Socialtilsyn og National koordination, Socialstyrelsen',
    members: [
      { user: 'coordinator', role: Role.COORDINATOR, isApprover: true },
      { user: 'brain', role: Role.AUTHOR, isApprover: true },
      { user: 'autism', role: Role.AUTHOR, isApprover: true },
      { user: 'vision', role: Role.AUTHOR, isApprover: true },
      { user: 'brain2', role: Role.AUTHOR },
      { user: 'autism2', role: Role.AUTHOR },
      { user: 'vision2', role: Role.AUTHOR },
      { user: 'hjf', role: Role.REVIEWER },
      { user: 'lfa', role: Role.REVIEWER },
      { user: 'dbs', role: Role.REVIEWER },
      { user: 'observer', role: Role.OBSERVER },
    ],
    documents: [
      { kind: 'TARGET_GROUP', title: 'Målgruppebeskrivelse: Erhvervet hjerneskade', chapters: levelChapters },
      { kind: 'TARGET_GROUP', title: 'Målgruppebeskrivelse: Autisme', chapters: levelChapters },
      { kind: 'TARGET_GROUP', title: 'Målgruppebeskrivelse: Synsnedsættelse', chapters: levelChapters },
    ],
  },
];
