import { createHash } from 'node:crypto';
import { DISPOSITION_DA } from '../review/consultation-report.types';
import type { SubjectEdit } from './consultation-notat.entity';
import type { NotatResponse, NotatSubject } from './notat.types';

export interface SubjectResponse extends NotatResponse {
  quote: string | null;
}

const normalise = (quote: string) => quote.replace(/\s+/g, ' ').trim().toLowerCase();

/** A subject's key: the chapter, and the commented passage (the same words commented by several parties). */
export function subjectKey(chapterId: string, quote: string | null): string {
  const passage = quote && normalise(quote);
  if (!passage) return `${chapterId}:kapitel`;
  return `${chapterId}:${createHash('sha256').update(passage).digest('hex').slice(0, 16)}`;
}

const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

function defaultSummary(responses: SubjectResponse[]): string {
  return responses
    .map((r) => {
      const said = `${r.organizationName} anfører: »${r.body.trim()}«`;
      return r.proposal ? `${said} og foreslår teksten »${r.proposal}«.` : said;
    })
    .join('\n\n');
}

function defaultComment(responses: SubjectResponse[]): string {
  return responses
    .map((r) => {
      if (!r.disposition) return `${r.organizationName}: Endnu ikke behandlet.`;
      const reply = r.dispositionReply?.trim() ?? '';
      const label = DISPOSITION_DA[r.disposition];
      // A reply that already opens with the outcome ("Imødekommet: …") is not prefixed twice.
      if (reply.toLowerCase().startsWith(label.toLowerCase())) return `${r.organizationName}: ${reply}`;
      return `${r.organizationName}: ${label}.${reply ? ` ${reply}` : ''}`;
    })
    .join('\n\n');
}

const chosen = (edited: string | undefined, fallback: string) => (edited?.trim() ? edited : fallback);

/**
 * Section 2's subjects of one chapter: one per commented passage, in the order the passages stand in the
 * chapter (`offsets`: where each response's anchor starts now), then passages whose text is gone and the
 * remarks on the chapter as a whole; among equals, the first commented first. Each gets a summary naming
 * and quoting the parties and the working group's comment from the dispositions, unless the coordinator
 * wrote their own.
 */
export function chapterSubjects(
  chapterId: string,
  responses: SubjectResponse[],
  edits: Record<string, SubjectEdit>,
  offsets: ReadonlyMap<string, number> = new Map(),
): NotatSubject[] {
  const groups = new Map<string, SubjectResponse[]>();
  const whole = subjectKey(chapterId, null);
  for (const response of responses) {
    const key = subjectKey(chapterId, response.quote);
    groups.set(key, [...(groups.get(key) ?? []), response]);
  }
  const position = (key: string, group: SubjectResponse[]) => {
    const anchored = key === whole ? [] : group.flatMap((r) => offsets.get(r.commentId) ?? []);
    return anchored.length > 0 ? Math.min(...anchored) : Infinity;
  };
  return (
    [...groups.entries()]
      .map(([key, group]) => ({ key, group, at: position(key, group) }))
      // Stable: subjects at the same place (or both unanchored) keep the order first commented.
      .sort((a, b) => (a.at === b.at ? 0 : a.at - b.at))
      .map(({ key, group }) => {
        const quote = key === whole ? null : group[0].quote;
        const edit = edits[key] ?? {};
        return {
          key,
          quote,
          heading: chosen(edit.heading, quote ? `»${shorten(quote.trim(), 90)}«` : 'Kapitlet som helhed'),
          summary: chosen(edit.summary, defaultSummary(group)),
          comment: chosen(edit.comment, defaultComment(group)),
          edited: !!(edit.heading?.trim() || edit.summary?.trim() || edit.comment?.trim()),
          responses: group.map(({ quote: _quote, ...response }) => response),
        };
      })
  );
}
