import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommentSuggestion1796203380868 implements MigrationInterface {
  name = 'CommentSuggestion1796203380868';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comment" ADD "suggestionId" text');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_comment_suggestion" ON "comment"  ("chapterId", "suggestionId") WHERE "suggestionId" IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_comment_suggestion"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "suggestionId"');
  }
}
