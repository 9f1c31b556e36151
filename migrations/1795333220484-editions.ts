import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Editions1795333220484 implements MigrationInterface {
  name = 'Editions1795333220484';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "edition" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "documentId" uuid NOT NULL, "projectId" uuid NOT NULL, "number" integer NOT NULL, "publicationDate" date NOT NULL, "followUpDue" date NOT NULL, "revisionDue" date NOT NULL, "note" text NOT NULL DEFAULT \'\', "publishedById" uuid, "publishedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revisionStartedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_059549460a1473d4477f2f041ff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_46bd0f776886f539891008bb47" ON "edition"  ("projectId") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_898a93f2d713c0a0acd7b1a81f" ON "edition"  ("documentId", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "edition_chapter" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "editionId" uuid NOT NULL, "chapterId" uuid, "title" text NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "json" jsonb NOT NULL, "contentFingerprint" text NOT NULL, CONSTRAINT "PK_8a2b82b0ae16c8223dc9f8c3bb5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_451fba04bd5ba588f457c1a898" ON "edition_chapter"  ("editionId", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "edition" ADD CONSTRAINT "FK_6983a22a3ae06ea27d613b07591" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition" ADD CONSTRAINT "FK_9d17058de438771a206393522dc" FOREIGN KEY ("publishedById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_chapter" ADD CONSTRAINT "FK_883abe5a6abdc6ce561aaf05e55" FOREIGN KEY ("editionId") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_chapter" ADD CONSTRAINT "FK_dc3f13663b408c732bf1a49cf6e" FOREIGN KEY ("chapterId") REFERENCES "chapter"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "edition_chapter" DROP CONSTRAINT "FK_dc3f13663b408c732bf1a49cf6e"');
    await queryRunner.query('ALTER TABLE "edition_chapter" DROP CONSTRAINT "FK_883abe5a6abdc6ce561aaf05e55"');
    await queryRunner.query('ALTER TABLE "edition" DROP CONSTRAINT "FK_9d17058de438771a206393522dc"');
    await queryRunner.query('ALTER TABLE "edition" DROP CONSTRAINT "FK_6983a22a3ae06ea27d613b07591"');
    await queryRunner.query('DROP INDEX "public"."IDX_451fba04bd5ba588f457c1a898"');
    await queryRunner.query('DROP TABLE "edition_chapter"');
    await queryRunner.query('DROP INDEX "public"."IDX_898a93f2d713c0a0acd7b1a81f"');
    await queryRunner.query('DROP INDEX "public"."IDX_46bd0f776886f539891008bb47"');
    await queryRunner.query('DROP TABLE "edition"');
  }
}
