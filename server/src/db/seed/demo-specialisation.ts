import type { EntityManager } from 'typeorm';
import { Document, DocumentKind } from '../../modules/documents/document.entity';
import { Membership } from '../../modules/projects/membership.entity';
import { Project, ProjectKind } from '../../modules/projects/project.entity';
import { LevelCriterionVersion } from '../../modules/catalogue/level-criterion-version.entity';
import { Offer } from '../../modules/catalogue/offer.entity';
import { DanishRegion, Provider, ProviderType } from '../../modules/catalogue/provider.entity';
import { Specialist } from '../../modules/catalogue/specialist.entity';
import { TargetGroup } from '../../modules/catalogue/target-group.entity';
import { User } from '../../modules/users/user.entity';

type GroupKey = 'brain' | 'autism' | 'vision';

/** The three target groups, matched to the TARGET_GROUP documents by title, with their specialists' emails. */
const GROUPS: { key: GroupKey; name: string; description: string; specialists: string[] }[] = [
  {
    key: 'brain',
    name: 'Erhvervet hjerneskade',
    description:
      'Børn, unge og voksne med en hjerneskade opstået efter fødslen, fx efter blodprop, hjerneblødning, ulykke eller infektion, med fysiske, kognitive, kommunikative eller adfærdsmæssige følger.',
    specialists: ['rikke.thomsen@socialstyrelsen.dk', 'sofie.lind@socialstyrelsen.dk'],
  },
  {
    key: 'autism',
    name: 'Autisme',
    description:
      'Børn, unge og voksne med autismespektrumforstyrrelse, herunder med samtidige psykiske vanskeligheder eller udviklingshæmning.',
    specialists: ['mikkel.sorensen@kl.dk', 'anders.holt@kl.dk'],
  },
  {
    key: 'vision',
    name: 'Synsnedsættelse',
    description:
      'Børn, unge og voksne, der er blinde eller har en betydelig synsnedsættelse, herunder med høre- og synstab (døvblindhed) eller yderligere funktionsnedsættelser.',
    specialists: ['ida.kristensen@regioner.dk', 'maria.berg@regioner.dk'],
  },
];

/** What characterises level 1, 2 and 3 for each group (level 3 the most specialised). */
const CRITERIA: Record<GroupKey, [string, string, string]> = {
  brain: [
    '<p>Borgeren har <strong>lettere og stabile følger</strong> af hjerneskaden, fx træthed, nedsat koncentration eller lettere hukommelsesvanskeligheder.</p><ul><li>Støtten kan gives i eget hjem eller i almene tilbud med vejledning.</li><li>Medarbejderne har grundlæggende viden om hjerneskade og neuropædagogik.</li></ul>',
    '<p>Borgeren har <strong>moderate og sammensatte følger</strong>, fx betydelige kognitive vanskeligheder, ændret adfærd eller behov for genoptræning over længere tid.</p><ul><li>Indsatsen kræver et tværfagligt team med neuropædagogisk og neuropsykologisk viden.</li><li>Tæt koordination med sundhedsvæsenet og pårørende.</li></ul>',
    '<p>Borgeren har <strong>svære og komplekse følger</strong>, fx udadreagerende adfærd, svære kommunikationsvanskeligheder eller et meget lavt bevidsthedsniveau.</p><ul><li>Døgnindsats med specialiserede medarbejdere, fx neuropsykolog og specialiserede terapeuter.</li><li>Indsatsen kræver viden, der kun findes få steder i landet.</li></ul>',
  ],
  autism: [
    '<p>Borgeren har <strong>behov for struktur og forudsigelighed</strong> i hverdagen, men kan med støtte deltage i uddannelse, beskæftigelse og almene fællesskaber.</p><ul><li>Støtten kan ofte gives i eget hjem eller i almene tilbud med autismefaglig vejledning.</li></ul>',
    '<p>Borgeren har <strong>betydelige vanskeligheder</strong> med social kommunikation og forandringer, ofte med angst eller samtidige psykiske vanskeligheder.</p><ul><li>Indsatsen kræver medarbejdere med solid autismefaglig viden og individuelt tilrettelagte rammer.</li><li>Koordination med psykiatri og skole eller jobcenter.</li></ul>',
    '<p>Borgeren har <strong>meget komplekse behov</strong>, fx selvskadende eller udadreagerende adfærd, svær angst eller samtidig udviklingshæmning.</p><ul><li>Døgnindsats med højt specialiseret personale og skærmede rammer.</li><li>Løbende udredning og tæt samarbejde med regionale specialfunktioner.</li></ul>',
  ],
  vision: [
    '<p>Borgeren har en <strong>synsnedsættelse, der kan kompenseres</strong> med hjælpemidler og vejledning, og kan i øvrigt klare hverdagen selv.</p><ul><li>Rådgivning om hjælpemidler, belysning og indretning.</li></ul>',
    '<p>Borgeren har <strong>betydelige funktionsbegrænsninger</strong> som følge af synstabet, fx behov for træning i orientering og mobilitet eller i punktskrift.</p><ul><li>Indsatsen kræver synsfaglige specialister, fx synskonsulenter og mobilitetsinstruktører.</li></ul>',
    '<p>Borgeren er blind eller svagsynet med <strong>yderligere funktionsnedsættelser</strong>, fx døvblindhed eller multiple funktionsnedsættelser.</p><ul><li>Indsatsen kræver højt specialiseret viden om fx taktil kommunikation og findes kun få steder i landet.</li></ul>',
  ],
};

/** Fictional providers with valid modulus-11 CVR numbers, across regions and types, and their offers. */
const PROVIDERS: {
  name: string;
  cvr: string;
  municipality: string;
  region: DanishRegion;
  type: ProviderType;
  offers: [GroupKey, string, string][];
}[] = [
  {
    name: 'Center for Hjerneskade Østjylland',
    cvr: '31482070',
    municipality: 'Aarhus',
    region: DanishRegion.MIDTJYLLAND,
    type: ProviderType.MUNICIPAL,
    offers: [
      [
        'brain',
        'Neurorehabilitering, dagtilbud',
        'Ambulant og dagbaseret genoptræning efter erhvervet hjerneskade',
      ],
      ['brain', 'Botilbuddet Egebakken', 'Længerevarende botilbud med neuropædagogisk støtte'],
    ],
  },
  {
    name: 'Kommunikationscentret Hovedstaden',
    cvr: '33905165',
    municipality: 'Hillerød',
    region: DanishRegion.HOVEDSTADEN,
    type: ProviderType.REGIONAL,
    offers: [
      [
        'brain',
        'Afasi- og kommunikationstræning',
        'Specialundervisning for voksne med erhvervet hjerneskade',
      ],
      [
        'vision',
        'Synsrådgivning for voksne',
        'Synskonsulenter, hjælpemidler og træning i dagligdagsfærdigheder',
      ],
    ],
  },
  {
    name: 'Vejlefjord Neurocenter',
    cvr: '34128731',
    municipality: 'Hedensted',
    region: DanishRegion.SYDDANMARK,
    type: ProviderType.SELF_OWNING,
    offers: [['brain', 'Højt specialiseret neurorehabilitering', 'Døgnrehabilitering med tværfagligt team']],
  },
  {
    name: 'Hjernecenter Nordjylland',
    cvr: '36190450',
    municipality: 'Aalborg',
    region: DanishRegion.NORDJYLLAND,
    type: ProviderType.MUNICIPAL,
    offers: [['brain', 'Bostøtte efter hjerneskade', 'Socialpædagogisk støtte i eget hjem']],
  },
  {
    name: 'Autismecenter Sjælland',
    cvr: '37822361',
    municipality: 'Næstved',
    region: DanishRegion.SJAELLAND,
    type: ProviderType.REGIONAL,
    offers: [
      ['autism', 'Døgntilbud for unge med autisme', 'Skærmede rammer for unge med komplekse behov'],
      ['autism', 'Bofællesskabet Lærken', 'Bofællesskab med autismefaglig støtte'],
    ],
  },
  {
    name: 'Bo og Beskæftigelse Solbakken',
    cvr: '38554018',
    municipality: 'Odense',
    region: DanishRegion.SYDDANMARK,
    type: ProviderType.PRIVATE,
    offers: [
      ['autism', 'Beskyttet beskæftigelse', 'Struktureret dagtilbud for voksne med autisme'],
      ['brain', 'Aktivitets- og samværstilbud', 'Dagtilbud for voksne med følger af hjerneskade'],
    ],
  },
  {
    name: 'Specialbørnehjemmet Kastanjehuset',
    cvr: '39267187',
    municipality: 'Roskilde',
    region: DanishRegion.SJAELLAND,
    type: ProviderType.SELF_OWNING,
    offers: [['autism', 'Døgnophold for børn', 'Børn med autisme og udviklingshæmning']],
  },
  {
    name: 'Autismehuset Midt',
    cvr: '40135820',
    municipality: 'Viborg',
    region: DanishRegion.MIDTJYLLAND,
    type: ProviderType.PRIVATE,
    offers: [['autism', 'Bostøtte og mentorordning', 'Ambulant støtte til unge voksne med autisme']],
  },
  {
    name: 'Institut for Blinde og Svagsynede',
    cvr: '41789050',
    municipality: 'Hellerup',
    region: DanishRegion.HOVEDSTADEN,
    type: ProviderType.SELF_OWNING,
    offers: [
      ['vision', 'Rehabilitering af synshandicappede', 'Orientering, mobilitet og punktskrift for voksne'],
      ['vision', 'Botilbud for blinde med yderligere funktionsnedsættelser', 'Døgntilbud'],
    ],
  },
  {
    name: 'Center for Døvblindhed og Høretab',
    cvr: '42306177',
    municipality: 'Aalborg',
    region: DanishRegion.NORDJYLLAND,
    type: ProviderType.REGIONAL,
    offers: [['vision', 'Døvblindetilbud', 'Taktil kommunikation og kontaktpersonordning']],
  },
  {
    name: 'Synscenter Syd',
    cvr: '43928619',
    municipality: 'Esbjerg',
    region: DanishRegion.SYDDANMARK,
    type: ProviderType.MUNICIPAL,
    offers: [['vision', 'Synsfaglig rådgivning for børn', 'Rådgivning til familier, dagtilbud og skoler']],
  },
  {
    name: 'Østervang Bo- og Aktivitetscenter',
    cvr: '45273903',
    municipality: 'Herning',
    region: DanishRegion.MIDTJYLLAND,
    type: ProviderType.MUNICIPAL,
    offers: [
      ['autism', 'Bofællesskabet Østervang', 'Boliger for voksne med autisme'],
      ['vision', 'Aktivitetstilbud for synshandicappede', 'Dagtilbud med synsfaglig støtte'],
    ],
  },
];

/** Target groups, specialist groups, level criteria, providers and offers of the specialisation project. */
export async function seedDemoSpecialisation(em: EntityManager): Promise<void> {
  const project = await em.getRepository(Project).findOneBy({ kind: ProjectKind.SPECIALISATION });
  if (!project) return;
  const coordinator = await em
    .getRepository(User)
    .findOneByOrFail({ email: 'mette.kjaer@socialstyrelsen.dk' });
  const documents = await em
    .getRepository(Document)
    .findBy({ projectId: project.id, kind: DocumentKind.TARGET_GROUP });
  const groupIds = new Map<GroupKey, string>();
  for (const group of GROUPS) {
    const document = documents.find((d) => d.title.endsWith(group.name));
    if (!document) continue;
    const saved = await em.getRepository(TargetGroup).save(
      em.getRepository(TargetGroup).create({
        projectId: project.id,
        name: group.name,
        description: group.description,
        documentId: document.id,
      }),
    );
    groupIds.set(group.key, saved.id);
    for (const email of group.specialists) {
      const user = await em.getRepository(User).findOneByOrFail({ email });
      const membership = await em
        .getRepository(Membership)
        .findOneByOrFail({ projectId: project.id, userId: user.id });
      await em.getRepository(Specialist).insert({ targetGroupId: saved.id, membershipId: membership.id });
    }
    const firstSpecialist = await em.getRepository(User).findOneByOrFail({ email: group.specialists[0] });
    for (const [index, html] of CRITERIA[group.key].entries()) {
      // Level 1 was reworded once by the coordinator: a short history to show.
      if (index === 0)
        await em.getRepository(LevelCriterionVersion).insert({
          targetGroupId: saved.id,
          level: 1,
          version: 1,
          html: html.replace(/<ul>[\s\S]*<\/ul>/, ''),
          createdById: firstSpecialist.id,
        });
      await em.getRepository(LevelCriterionVersion).insert({
        targetGroupId: saved.id,
        level: index + 1,
        version: index === 0 ? 2 : 1,
        html,
        createdById: index === 0 ? coordinator.id : firstSpecialist.id,
      });
    }
  }
  for (const { offers, ...fields } of PROVIDERS) {
    const provider = await em
      .getRepository(Provider)
      .save(em.getRepository(Provider).create({ projectId: project.id, ...fields }));
    for (const [key, name, description] of offers) {
      const targetGroupId = groupIds.get(key);
      if (targetGroupId)
        await em
          .getRepository(Offer)
          .insert({ projectId: project.id, providerId: provider.id, targetGroupId, name, description });
    }
  }
}
