import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search speed. Who may find a comment depends on its thread's first comment
 * (its round and its organisation); joining the comment table for that made a
 * search for a common word hash all comments of the database. A comment's row
 * in the index now carries both (a thread's round and organisation never
 * change once it is written), so visibility is decided from the index row.
 */
export class SearchThreadVisibility1796210000000 implements MigrationInterface {
  name = 'SearchThreadVisibility1796210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "search_document" ADD "threadRoundId" uuid, ADD "threadOrganizationId" uuid`);
    await q(`CREATE OR REPLACE FUNCTION search_index_comment(c comment) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
      IF c."deletedAt" IS NOT NULL THEN
        DELETE FROM search_document WHERE "kind" = 'COMMENT' AND "sourceId" = c.id;
      ELSE
        PERFORM search_put('COMMENT', c.id, c."projectId", c."documentId", c."chapterId", coalesce(c."parentId", c.id),
          c."organizationId", '', concat_ws(E'\\n', c.text, c.proposal), c."createdAt");
        UPDATE search_document d SET "threadRoundId" = root."roundId", "threadOrganizationId" = root."organizationId"
          FROM comment root WHERE d."kind" = 'COMMENT' AND d."sourceId" = c.id
            AND root.id = coalesce(c."parentId", c.id);
      END IF; END $$`);
    await q(`UPDATE search_document d SET "threadRoundId" = root."roundId", "threadOrganizationId" = root."organizationId"
      FROM comment root WHERE d."kind" = 'COMMENT' AND root.id = d."parentId"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE OR REPLACE FUNCTION search_index_comment(c comment) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
      IF c."deletedAt" IS NOT NULL THEN
        DELETE FROM search_document WHERE "kind" = 'COMMENT' AND "sourceId" = c.id;
      ELSE
        PERFORM search_put('COMMENT', c.id, c."projectId", c."documentId", c."chapterId", coalesce(c."parentId", c.id),
          c."organizationId", '', concat_ws(E'\\n', c.text, c.proposal), c."createdAt");
      END IF; END $$`);
    await q(`ALTER TABLE "search_document" DROP COLUMN "threadOrganizationId", DROP COLUMN "threadRoundId"`);
  }
}
