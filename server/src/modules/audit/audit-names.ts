import type { EntityManager } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id an event names: its actor, its subject and the ids in its details (also in arrays and objects). */
export function idsOf(
  events: { actorId: string | null; subjectId: string | null; details: Record<string, unknown> }[],
): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string' && UUID.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const e of events) {
    walk(e.actorId);
    walk(e.subjectId);
    walk(e.details);
  }
  return [...ids];
}

/**
 * What the log's ids are called now, within the project: chapters, documents, rounds, versions, editions,
 * members (their person), comments (their chapter), specialisation objects; people and organisations by name.
 * The log keeps ids only (it outlives what it names), so a deleted thing has no name here.
 */
export async function namesOf(
  em: EntityManager,
  projectId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await em.query(
    `SELECT id::text, title AS name FROM chapter WHERE id = ANY($1::uuid[]) AND "projectId" = $2
     UNION ALL SELECT id::text, title FROM document WHERE id = ANY($1::uuid[]) AND "projectId" = $2
     UNION ALL SELECT r.id::text, r.title FROM review_round r JOIN document d ON d.id = r."documentId"
                WHERE r.id = ANY($1::uuid[]) AND d."projectId" = $2
     UNION ALL SELECT v.id::text, v.name FROM chapter_version v JOIN chapter c ON c.id = v."chapterId"
                WHERE v.id = ANY($1::uuid[]) AND c."projectId" = $2
     UNION ALL SELECT id::text, 'Udgave ' || number FROM edition WHERE id = ANY($1::uuid[]) AND "projectId" = $2
     UNION ALL SELECT m.id::text, u.name FROM membership m JOIN app_user u ON u.id = m."userId"
                WHERE m.id = ANY($1::uuid[]) AND m."projectId" = $2
     UNION ALL SELECT k.id::text, c.title FROM comment k JOIN chapter c ON c.id = k."chapterId"
                WHERE k.id = ANY($1::uuid[]) AND c."projectId" = $2
     UNION ALL SELECT id::text, name FROM target_group WHERE id = ANY($1::uuid[]) AND "projectId" = $2
     UNION ALL SELECT id::text, name FROM provider WHERE id = ANY($1::uuid[]) AND "projectId" = $2
     UNION ALL SELECT o.id::text, o.name FROM offer o JOIN provider p ON p.id = o."providerId"
                WHERE o.id = ANY($1::uuid[]) AND p."projectId" = $2
     UNION ALL SELECT a.id::text, o.name FROM assessment_case a JOIN offer o ON o.id = a."offerId"
                JOIN provider p ON p.id = o."providerId" WHERE a.id = ANY($1::uuid[]) AND p."projectId" = $2
     UNION ALL SELECT id::text, title FROM project WHERE id = ANY($1::uuid[]) AND id = $2
     UNION ALL SELECT id::text, name FROM app_user WHERE id = ANY($1::uuid[])
     UNION ALL SELECT id::text, COALESCE("shortName", name) FROM organization WHERE id = ANY($1::uuid[])`,
    [ids, projectId],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
