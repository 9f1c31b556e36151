import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search speed. A search for a common word reads every matching row's filter
 * columns (kind, project, date, thread) before it ranks a few; with each
 * chapter's tsvector (about 3 kB) kept in its row, those rows filled 77 MB for
 * 10 000 chapters and 50 000 comments and a common word read nearly all of it.
 * The tsvector now goes to the TOAST table when a row is long, as the body
 * already does: the GIN index answers the match, so only the ranked
 * candidates read their vector. Rewriting each row applies this to what
 * exists (chapter rows shrink from about 3.5 kB to a few hundred bytes).
 */
export class SearchNarrowRows1796231000000 implements MigrationInterface {
  name = 'SearchNarrowRows1796231000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "search_document" ALTER COLUMN "tsv" SET STORAGE EXTENDED');
    await queryRunner.query('UPDATE "search_document" SET "tsv" = "tsv"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "search_document" ALTER COLUMN "tsv" SET STORAGE MAIN');
    await queryRunner.query('UPDATE "search_document" SET "tsv" = "tsv"');
  }
}
