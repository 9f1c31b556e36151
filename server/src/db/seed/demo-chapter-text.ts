import { CHAPTER_FRAGMENT, chapterSchema } from '@samskriv/schema';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';

type PMNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PMNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

const text = (value: string, bold = false): PMNode => ({
  type: 'text',
  text: value,
  ...(bold ? { marks: [{ type: 'bold' }] } : {}),
});
const p = (...parts: (string | PMNode)[]): PMNode => ({
  type: 'paragraph',
  content: parts.map((part) => (typeof part === 'string' ? text(part) : part)),
});
const h = (level: number, value: string): PMNode => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});
const ul = (...items: string[]): PMNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});

/** Chapter-specific opening paragraphs of the pathway description. */
const pathwayIntro: Record<string, string> = {
  'Indledning og formål':
    'Forløbsbeskrivelsen samler viden og anbefalinger om, hvordan den højt specialiserede indsats til børn og unge med sjældne handicap kan organiseres og koordineres på tværs af fagligheder og sektorer.',
  'Målgruppen: børn og unge med sjældne handicap':
    'Målgruppen er børn og unge i alderen 0–25 år med et sjældent handicap, ofte med komplekse og sammensatte behov for støtte i hele opvæksten.',
  'Principper for et sammenhængende forløb':
    'Et sammenhængende forløb tager udgangspunkt i barnets og familiens samlede situation og ikke i den enkelte sektors ansvarsområde.',
  'Opsporing og udredning':
    'Tidlig opsporing og en grundig udredning er afgørende for, at barnet hurtigt får den rette indsats, og for at familien ikke selv skal samle trådene.',
  'Koordinering på tværs af sektorer og fagligheder':
    'Kommune, region og de højt specialiserede tilbud skal have en fælles plan for indsatsen og en klar aftale om, hvem der koordinerer.',
  'Indsatser i dagtilbud og skole':
    'Dagtilbud og skole er de steder, hvor barnet tilbringer det meste af sin hverdag, og hvor den specialiserede viden skal omsættes til praksis.',
  'Overgange fra barn til ung til voksen':
    'Overgangen fra barn til voksen er en kritisk periode, hvor ansvaret skifter mellem forvaltninger og lovgivninger, og hvor viden let går tabt.',
  'Specialiseret viden og kompetencer':
    'Viden om sjældne handicap findes få steder i landet. Kapitlet beskriver, hvilke kompetencer der skal inddrages på hvilke tidspunkter i forløbet.',
  'Inddragelse af barnet, den unge og familien':
    'Barnet, den unge og familien er eksperter i eget liv og skal inddrages aktivt i alle beslutninger om indsatsen.',
  'Opfølgning og evaluering':
    'Forløbsbeskrivelsen følges op cirka et år efter udgivelsen, og den revideres senest tre år efter udgivelsen.',
};

const levelText: Record<string, (group: string) => string> = {
  'Målgruppen og dens behov': (g) =>
    `Målgruppebeskrivelsen for ${g} beskriver gruppens behov for støtte på hvert af de tre specialiseringsniveauer og danner grundlag for vurderingen af leverandørerne.`,
  'Specialiseringsniveau 1': (g) =>
    `På specialiseringsniveau 1 har borgere med ${g} behov, som kan imødekommes af tilbud med generel viden om målgruppen og et tæt samarbejde med kommunens øvrige indsatser.`,
  'Specialiseringsniveau 2': (g) =>
    `På specialiseringsniveau 2 har borgere med ${g} mere sammensatte behov, som kræver specialiseret viden og tværfaglige kompetencer i tilbuddet.`,
  'Specialiseringsniveau 3': (g) =>
    `Specialiseringsniveau 3 er det mest specialiserede niveau: borgere med ${g} har her komplekse og sjældne behov, som kun få tilbud i landet har viden og erfaring med.`,
  'Kompetencer, organisering og samarbejde': (g) =>
    `Kapitlet beskriver, hvilke kompetencer, hvilken organisering og hvilket samarbejde på tværs af sektorer der kendetegner tilbud til borgere med ${g}.`,
};

/** Real-looking Danish starting text for a demo chapter: a heading, paragraphs and a list. */
export function demoChapterContent(
  documentKind: 'PATHWAY' | 'TARGET_GROUP',
  documentTitle: string,
  chapterTitle: string,
): PMNode {
  const group = documentTitle.replace(/^Målgruppebeskrivelse:\s*/, '').toLowerCase();
  const intro =
    documentKind === 'PATHWAY'
      ? (pathwayIntro[chapterTitle] ?? 'Kapitlet er under udarbejdelse i arbejdsgruppen.')
      : (levelText[chapterTitle]?.(group) ?? `Kapitlet beskriver indsatsen til borgere med ${group}.`);
  return {
    type: 'doc',
    content: [
      h(2, chapterTitle),
      p(intro),
      p(
        'Arbejdsgruppen har i kapitlet lagt vægt på ',
        text('en helhedsorienteret indsats', true),
        ', hvor de involverede fagpersoner deler viden og har et fælles mål for borgerens udvikling og trivsel.',
      ),
      h(3, 'Anbefalinger'),
      ul(
        'Der udpeges én koordinerende sagsbehandler, som familien eller borgeren kan henvende sig til.',
        'Indsatsen tilrettelægges ud fra en samlet plan, der følges op mindst én gang om året.',
        'Relevante fagpersoner inddrages tidligt, også fra de højt specialiserede tilbud.',
      ),
      p(
        'Teksten er et udkast og drøftes på arbejdsgruppens næste møde. Kommentarer fra referencegruppen indarbejdes efter høringsrunden.',
      ),
    ],
  };
}

/** Stores a demo chapter's starting text as its snapshot (in the seeding transaction). */
export async function seedChapterText(
  em: EntityManager,
  chapterId: string,
  content: PMNode,
  editedById: string | null,
) {
  const doc = prosemirrorJSONToYDoc(chapterSchema(), content, CHAPTER_FRAGMENT);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  await em.query(
    `INSERT INTO chapter_snapshot ("chapterId", state, "lastEditedAt", "lastEditedById")
     VALUES ($1, $2, now(), $3) ON CONFLICT ("chapterId") DO NOTHING`,
    [chapterId, Buffer.from(state), editedById],
  );
}
