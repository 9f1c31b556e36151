import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CollabUpdateLog1795331299617 implements MigrationInterface {
  name = 'CollabUpdateLog1795331299617';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "chapter_snapshot" ("chapterId" uuid NOT NULL, "state" bytea NOT NULL, "lastEditedAt" TIMESTAMP WITH TIME ZONE, "lastEditedById" uuid, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f36ceca3bdb5a5e30484dd1f25e" PRIMARY KEY ("chapterId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "chapter_update" ("seq" BIGSERIAL NOT NULL, "chapterId" uuid NOT NULL, "update" bytea NOT NULL, "userId" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b97d5475991f9e4f173652ad434" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ac428cb9c3d7c93078d01a3e70" ON "chapter_update"  ("chapterId", "seq") ',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_snapshot" ADD CONSTRAINT "FK_f36ceca3bdb5a5e30484dd1f25e" FOREIGN KEY ("chapterId") REFERENCES "chapter"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_snapshot" ADD CONSTRAINT "FK_0f4cf02424f9894908836cb9a5e" FOREIGN KEY ("lastEditedById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_update" ADD CONSTRAINT "FK_431961d3cd0b938a06ac96e65d4" FOREIGN KEY ("chapterId") REFERENCES "chapter"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_update" ADD CONSTRAINT "FK_d662f8d884befa40c3032777937" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "chapter_update" DROP CONSTRAINT "FK_d662f8d884befa40c3032777937"');
    await queryRunner.query('ALTER TABLE "chapter_update" DROP CONSTRAINT "FK_431961d3cd0b938a06ac96e65d4"');
    await queryRunner.query(
      'ALTER TABLE "chapter_snapshot" DROP CONSTRAINT "FK_0f4cf02424f9894908836cb9a5e"',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_snapshot" DROP CONSTRAINT "FK_f36ceca3bdb5a5e30484dd1f25e"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_ac428cb9c3d7c93078d01a3e70"');
    await queryRunner.query('DROP TABLE "chapter_update"');
    await queryRunner.query('DROP TABLE "chapter_snapshot"');
  }
}
