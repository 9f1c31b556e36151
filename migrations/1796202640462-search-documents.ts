import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search: one `search_document` row per searchable thing, with a
 * `danish` tsvector under a GIN index. Triggers keep every row current in the
 * same transaction as the write it reflects; only chapter text (a Yjs document)
 * is filled by the server's debounced chapter indexer. Permissions are not
 * stored here: the search query joins the live rows it needs (membership,
 * comment thread and round, assessment case).
 */
export class SearchDocuments1796202640462 implements MigrationInterface {
  name = 'SearchDocuments1796202640462';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "search_document" (
      "kind" text NOT NULL CHECK ("kind" IN ('CHAPTER','COMMENT','EDITION','VERSION','PROJECT','TARGET_GROUP',
        'LEVEL_CRITERION','PROVIDER','OFFER','ASSESSMENT')),
      "sourceId" uuid NOT NULL,
      "projectId" uuid NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
      "documentId" uuid,
      "chapterId" uuid,
      "parentId" uuid,
      "organizationId" uuid,
      "title" text NOT NULL DEFAULT '',
      "body" text NOT NULL DEFAULT '',
      "occurredAt" timestamptz NOT NULL DEFAULT now(),
      "indexedAt" timestamptz NOT NULL DEFAULT now(),
      "tsv" tsvector NOT NULL,
      PRIMARY KEY ("kind", "sourceId"))`);
    // Ranking reads tsv for every candidate: keep it in the row; the body is read for snippets only.
    await q('ALTER TABLE "search_document" ALTER COLUMN "tsv" SET STORAGE MAIN');
    await q('ALTER TABLE "search_document" ALTER COLUMN "body" SET STORAGE EXTERNAL');
    await q('CREATE INDEX "IDX_search_document_tsv" ON "search_document" USING GIN ("tsv")');
    await q('CREATE INDEX "IDX_search_document_project" ON "search_document" ("projectId")');

    await q(`CREATE FUNCTION search_vector(title text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
      SELECT setweight(to_tsvector('danish'::regconfig, coalesce(title, '')), 'A')
          || setweight(to_tsvector('danish'::regconfig, coalesce(body, '')), 'B') $$`);
    await q(`CREATE FUNCTION search_put(k text, sid uuid, pid uuid, did uuid, cid uuid, parent uuid, org uuid,
        t text, b text, at timestamptz) RETURNS void LANGUAGE sql AS $$
      INSERT INTO search_document ("kind","sourceId","projectId","documentId","chapterId","parentId",
          "organizationId","title","body","occurredAt","indexedAt","tsv")
        VALUES (k, sid, pid, did, cid, parent, org, coalesce(t, ''), coalesce(b, ''), coalesce(at, now()), now(),
          search_vector(t, b))
      ON CONFLICT ("kind","sourceId") DO UPDATE SET "projectId" = EXCLUDED."projectId",
        "documentId" = EXCLUDED."documentId", "chapterId" = EXCLUDED."chapterId", "parentId" = EXCLUDED."parentId",
        "organizationId" = EXCLUDED."organizationId", "title" = EXCLUDED."title", "body" = EXCLUDED."body",
        "occurredAt" = EXCLUDED."occurredAt", "indexedAt" = now(), "tsv" = EXCLUDED."tsv" $$`);
    await q(`CREATE FUNCTION search_forget() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      DELETE FROM search_document WHERE "kind" = TG_ARGV[0] AND "sourceId" = OLD.id; RETURN NULL; END $$`);
    await q(`CREATE FUNCTION search_plain(html text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT replace(replace(replace(replace(replace(regexp_replace(html, '<[^>]*>', ' ', 'g'),
        '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&amp;', '&') $$`);

    // Projects: title, then the metadata people look for.
    await q(`CREATE FUNCTION search_index_project(p project) RETURNS void LANGUAGE sql AS $$
      SELECT search_put('PROJECT', p.id, p.id, NULL, NULL, NULL, NULL, p.title,
        concat_ws(E'\\n', p."targetGroup", p.purpose, p.background, p.partners, p.funding, p."contactOffice"),
        p."updatedAt") $$`);
    // Chapters: the title here; the text is written by the chapter indexer (kept when the title changes).
    await q(`CREATE FUNCTION search_index_chapter_title(c chapter) RETURNS void LANGUAGE sql AS $$
      INSERT INTO search_document ("kind","sourceId","projectId","documentId","chapterId","title","body",
          "occurredAt","indexedAt","tsv")
        VALUES ('CHAPTER', c.id, c."projectId", c."documentId", c.id, c.title, '', c."createdAt", '-infinity',
          search_vector(c.title, ''))
      ON CONFLICT ("kind","sourceId") DO UPDATE SET "title" = EXCLUDED."title",
        "documentId" = EXCLUDED."documentId", "tsv" = search_vector(EXCLUDED."title", search_document."body") $$`);
    // Comments and replies; deleted ones leave the index. parentId = the thread's first comment.
    await q(`CREATE FUNCTION search_index_comment(c comment) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
      IF c."deletedAt" IS NOT NULL THEN
        DELETE FROM search_document WHERE "kind" = 'COMMENT' AND "sourceId" = c.id;
      ELSE
        PERFORM search_put('COMMENT', c.id, c."projectId", c."documentId", c."chapterId", coalesce(c."parentId", c.id),
          c."organizationId", '', concat_ws(E'\\n', c.text, c.proposal), c."createdAt");
      END IF; END $$`);
    await q(`CREATE FUNCTION search_index_edition_chapter(ec edition_chapter) RETURNS void LANGUAGE sql AS $$
      SELECT search_put('EDITION', ec.id, e."projectId", e."documentId", ec."chapterId", e.id, NULL, ec.title, ec.text,
        e."publishedAt") FROM edition e WHERE e.id = ec."editionId" $$`);
    await q(`CREATE FUNCTION search_index_version(v chapter_version) RETURNS void LANGUAGE sql AS $$
      SELECT search_put('VERSION', v.id, v."projectId", c."documentId", v."chapterId", NULL,
        (SELECT u."organizationId" FROM app_user u WHERE u.id = v."createdById"), v.name, '', v."createdAt")
        FROM chapter c WHERE c.id = v."chapterId" $$`);
    await q(`CREATE FUNCTION search_index_target_group(g target_group) RETURNS void LANGUAGE sql AS $$
      SELECT search_put('TARGET_GROUP', g.id, g."projectId", g."documentId", NULL, NULL, NULL, g.name, g.description,
        g."createdAt") $$`);
    // Level criteria: only the newest save of each target group and level is found.
    await q(`CREATE FUNCTION search_index_criterion(v level_criterion_version) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
      DELETE FROM search_document d USING level_criterion_version o
        WHERE d."kind" = 'LEVEL_CRITERION' AND d."sourceId" = o.id AND o."targetGroupId" = v."targetGroupId"
          AND o.level = v.level AND o.id <> v.id;
      PERFORM search_put('LEVEL_CRITERION', v.id, g."projectId", g."documentId", NULL, g.id,
        (SELECT u."organizationId" FROM app_user u WHERE u.id = v."createdById"),
        g.name || ' – niveau ' || v.level, search_plain(v.html), v."createdAt")
        FROM target_group g WHERE g.id = v."targetGroupId"; END $$`);
    await q(`CREATE FUNCTION search_region(r text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE r WHEN 'HOVEDSTADEN' THEN 'Region Hovedstaden' WHEN 'SJAELLAND' THEN 'Region Sjælland'
        WHEN 'SYDDANMARK' THEN 'Region Syddanmark' WHEN 'MIDTJYLLAND' THEN 'Region Midtjylland'
        WHEN 'NORDJYLLAND' THEN 'Region Nordjylland' ELSE '' END $$`);
    await q(`CREATE FUNCTION search_provider_type(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE t WHEN 'MUNICIPAL' THEN 'kommunal' WHEN 'REGIONAL' THEN 'regional' WHEN 'PRIVATE' THEN 'privat'
        WHEN 'SELF_OWNING' THEN 'selvejende' ELSE '' END $$`);
    await q(`CREATE FUNCTION search_index_provider(p provider) RETURNS void LANGUAGE sql AS $$
      SELECT search_put('PROVIDER', p.id, p."projectId", NULL, NULL, NULL, NULL, p.name,
        concat_ws(E'\\n', p.municipality, search_region(p.region::text), search_provider_type(p.type::text), p.cvr),
        p."createdAt") $$`);
    // An offer is found by its provider's place and its target group too ("autisme Syddanmark").
    await q(`CREATE FUNCTION search_index_offer(o offer) RETURNS void LANGUAGE sql AS $$
      SELECT search_put('OFFER', o.id, o."projectId", NULL, NULL, o."providerId", NULL, o.name,
        concat_ws(E'\\n', o.description, p.name, p.municipality, search_region(p.region::text), g.name),
        o."createdAt")
        FROM provider p, target_group g WHERE p.id = o."providerId" AND g.id = o."targetGroupId" $$`);
    await q(`CREATE FUNCTION search_index_assessment(a assessment) RETURNS void LANGUAGE sql AS $$
      SELECT search_put('ASSESSMENT', a.id, ac."projectId", NULL, NULL, ac."offerId",
        (SELECT u."organizationId" FROM app_user u WHERE u.id = a."assessorId"), '', a.rationale, a."submittedAt")
        FROM assessment_case ac WHERE ac.id = a."caseId" $$`);

    const triggers: [table: string, kind: string, fn: string, on: string][] = [
      ['project', 'PROJECT', 'search_index_project(NEW)', 'INSERT OR UPDATE'],
      ['chapter', 'CHAPTER', 'search_index_chapter_title(NEW)', 'INSERT OR UPDATE OF title, "documentId"'],
      ['comment', 'COMMENT', 'search_index_comment(NEW)', 'INSERT OR UPDATE OF text, proposal, "deletedAt"'],
      ['edition_chapter', 'EDITION', 'search_index_edition_chapter(NEW)', 'INSERT OR UPDATE OF title, text'],
      ['chapter_version', 'VERSION', 'search_index_version(NEW)', 'INSERT OR UPDATE OF name'],
      ['target_group', 'TARGET_GROUP', 'search_index_target_group(NEW)', 'INSERT OR UPDATE'],
      ['level_criterion_version', 'LEVEL_CRITERION', 'search_index_criterion(NEW)', 'INSERT'],
      ['provider', 'PROVIDER', 'search_index_provider(NEW)', 'INSERT OR UPDATE'],
      ['offer', 'OFFER', 'search_index_offer(NEW)', 'INSERT OR UPDATE'],
      ['assessment', 'ASSESSMENT', 'search_index_assessment(NEW)', 'INSERT OR UPDATE OF rationale'],
    ];
    for (const [table, kind, fn, on] of triggers) {
      await q(`CREATE FUNCTION search_trigger_${table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        PERFORM ${fn}; RETURN NULL; END $$`);
      await q(`CREATE TRIGGER search_put_${table} AFTER ${on} ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION search_trigger_${table}()`);
      await q(`CREATE TRIGGER search_forget_${table} AFTER DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION search_forget('${kind}')`);
    }
    // A provider's name, place or a target group's name is part of its offers' documents.
    await q(`CREATE FUNCTION search_trigger_offer_context() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF TG_TABLE_NAME = 'provider' THEN PERFORM search_index_offer(o) FROM offer o WHERE o."providerId" = NEW.id;
      ELSE PERFORM search_index_offer(o) FROM offer o WHERE o."targetGroupId" = NEW.id; END IF;
      RETURN NULL; END $$`);
    await q(`CREATE TRIGGER search_offers_of_provider AFTER UPDATE ON "provider"
      FOR EACH ROW EXECUTE FUNCTION search_trigger_offer_context()`);
    await q(`CREATE TRIGGER search_offers_of_target_group AFTER UPDATE OF name ON "target_group"
      FOR EACH ROW EXECUTE FUNCTION search_trigger_offer_context()`);

    // What exists already.
    await q('SELECT search_index_project(p) FROM project p');
    await q('SELECT search_index_chapter_title(c) FROM chapter c');
    await q('SELECT search_index_comment(c) FROM comment c');
    await q('SELECT search_index_edition_chapter(ec) FROM edition_chapter ec');
    await q('SELECT search_index_version(v) FROM chapter_version v');
    await q('SELECT search_index_target_group(g) FROM target_group g');
    await q(`SELECT search_index_criterion(v) FROM level_criterion_version v
      WHERE v.version = (SELECT max(o.version) FROM level_criterion_version o
        WHERE o."targetGroupId" = v."targetGroupId" AND o.level = v.level)`);
    await q('SELECT search_index_provider(p) FROM provider p');
    await q('SELECT search_index_offer(o) FROM offer o');
    await q('SELECT search_index_assessment(a) FROM assessment a');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q('DROP TRIGGER search_offers_of_target_group ON "target_group"');
    await q('DROP TRIGGER search_offers_of_provider ON "provider"');
    await q('DROP FUNCTION search_trigger_offer_context()');
    for (const table of [
      'project',
      'chapter',
      'comment',
      'edition_chapter',
      'chapter_version',
      'target_group',
      'level_criterion_version',
      'provider',
      'offer',
      'assessment',
    ]) {
      await q(`DROP TRIGGER search_forget_${table} ON "${table}"`);
      await q(`DROP TRIGGER search_put_${table} ON "${table}"`);
      await q(`DROP FUNCTION search_trigger_${table}()`);
    }
    for (const fn of [
      'search_index_assessment(assessment)',
      'search_index_offer(offer)',
      'search_index_provider(provider)',
      'search_provider_type(text)',
      'search_region(text)',
      'search_index_criterion(level_criterion_version)',
      'search_index_target_group(target_group)',
      'search_index_version(chapter_version)',
      'search_index_edition_chapter(edition_chapter)',
      'search_index_comment(comment)',
      'search_index_chapter_title(chapter)',
      'search_index_project(project)',
      'search_plain(text)',
      'search_forget()',
      'search_put(text, uuid, uuid, uuid, uuid, uuid, uuid, text, text, timestamptz)',
      'search_vector(text, text)',
    ])
      await q(`DROP FUNCTION ${fn}`);
    await q('DROP TABLE "search_document"');
  }
}
