import type { MigrationInterface, QueryRunner } from 'typeorm';

const COMMENT_COLUMNS = `"kind","sourceId","projectId","documentId","chapterId","parentId","organizationId","title","body",
  "occurredAt","indexedAt","tsv","threadRoundId","threadOrganizationId"`;

/**
 * Search speed. A comment's index row was written twice, an insert and then an update for its thread's round
 * and organisation, so every comment left a dead row behind: with 50 000 comments the table was twice its size
 * (57 MB instead of 30 MB), and a search for a common word, which visits nearly every page of it, read twice
 * the memory. The row is now written once, with its thread, and the table is rewritten without the dead rows.
 */
export class SearchCommentRowOnce1796240000000 implements MigrationInterface {
  name = 'SearchCommentRowOnce1796240000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE OR REPLACE FUNCTION search_index_comment(c comment) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
      IF c."deletedAt" IS NOT NULL THEN
        DELETE FROM search_document WHERE "kind" = 'COMMENT' AND "sourceId" = c.id;
      ELSE
        INSERT INTO search_document (${COMMENT_COLUMNS})
          SELECT 'COMMENT', c.id, c."projectId", c."documentId", c."chapterId", coalesce(c."parentId", c.id),
            c."organizationId", '', text.body, c."createdAt", now(), search_vector('', text.body),
            root."roundId", root."organizationId"
          FROM (SELECT concat_ws(E'\\n', c.text, c.proposal) AS body) text
          LEFT JOIN comment root ON root.id = coalesce(c."parentId", c.id)
        ON CONFLICT ("kind","sourceId") DO UPDATE SET "projectId" = EXCLUDED."projectId",
          "documentId" = EXCLUDED."documentId", "chapterId" = EXCLUDED."chapterId",
          "parentId" = EXCLUDED."parentId", "organizationId" = EXCLUDED."organizationId", "body" = EXCLUDED."body",
          "occurredAt" = EXCLUDED."occurredAt", "indexedAt" = now(), "tsv" = EXCLUDED."tsv",
          "threadRoundId" = EXCLUDED."threadRoundId", "threadOrganizationId" = EXCLUDED."threadOrganizationId";
      END IF; END $$`);
    // Rewrite the table without its dead rows (VACUUM FULL cannot run inside the migration's transaction).
    await q('CREATE TEMP TABLE search_document_live ON COMMIT DROP AS SELECT * FROM search_document');
    await q('TRUNCATE search_document');
    await q('INSERT INTO search_document SELECT * FROM search_document_live');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_index_comment(c comment) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
      IF c."deletedAt" IS NOT NULL THEN
        DELETE FROM search_document WHERE "kind" = 'COMMENT' AND "sourceId" = c.id;
      ELSE
        PERFORM search_put('COMMENT', c.id, c."projectId", c."documentId", c."chapterId", coalesce(c."parentId", c.id),
          c."organizationId", '', concat_ws(E'\\n', c.text, c.proposal), c."createdAt");
        UPDATE search_document d SET "threadRoundId" = root."roundId", "threadOrganizationId" = root."organizationId"
          FROM comment root WHERE d."kind" = 'COMMENT' AND d."sourceId" = c.id
            AND root.id = coalesce(c."parentId", c.id);
      END IF; END $$`);
  }
}
