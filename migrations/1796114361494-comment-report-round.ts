import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommentReportRound1796114361494 implements MigrationInterface {
  name = 'CommentReportRound1796114361494';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comment" ADD "reportRoundId" uuid');
    await queryRunner.query('CREATE INDEX "IDX_d669f8505608671f49ec7f8028" ON "comment"  ("reportRoundId") ');
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_d669f8505608671f49ec7f8028d" FOREIGN KEY ("reportRoundId") REFERENCES "review_round"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_d669f8505608671f49ec7f8028d"');
    await queryRunner.query('DROP INDEX "public"."IDX_d669f8505608671f49ec7f8028"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "reportRoundId"');
  }
}
