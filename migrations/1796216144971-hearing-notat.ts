import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HearingNotat1796216144971 implements MigrationInterface {
  name = 'HearingNotat1796216144971';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TYPE "public"."consultation_notat_status_enum" AS ENUM(\'DRAFT\', \'FINAL\')',
    );
    await queryRunner.query(
      'CREATE TABLE "consultation_notat" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "roundId" uuid NOT NULL, "projectId" uuid NOT NULL, "version" integer NOT NULL, "status" "public"."consultation_notat_status_enum" NOT NULL DEFAULT \'DRAFT\', "edits" jsonb NOT NULL DEFAULT \'{}\', "content" jsonb, "finalisedAt" TIMESTAMP WITH TIME ZONE, "finalisedById" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4215e664add574bd657b2f17855" UNIQUE ("roundId", "version"), CONSTRAINT "PK_550d47e28f03a48b3574cb350c2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "registered_response" ("commentId" uuid NOT NULL, "roundId" uuid NOT NULL, "attachment" bytea, "attachmentName" text, "attachmentSize" integer, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1dccf493871e0bb89ab17e82bde" PRIMARY KEY ("commentId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ace8c9af6920e4311be7d81379" ON "registered_response"  ("roundId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "review_round" ADD "noRemarksOrganizationIds" uuid array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query('ALTER TABLE "comment" ADD "replacedQuote" text');
    await queryRunner.query('ALTER TABLE "chapter_version" ADD "roundId" uuid');
    await queryRunner.query('ALTER TYPE "public"."chapter_version_kind_enum" ADD VALUE \'ROUND_START\'');
    await queryRunner.query('ALTER TYPE "public"."chapter_version_kind_enum" ADD VALUE \'HEARING_NOTE\'');
    await queryRunner.query(
      'CREATE INDEX "IDX_63863ca6aeedb9cdd582c00a36" ON "chapter_version"  ("roundId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_notat" ADD CONSTRAINT "FK_307687face21d826bd6f79ca408" FOREIGN KEY ("roundId") REFERENCES "review_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "registered_response" ADD CONSTRAINT "FK_1dccf493871e0bb89ab17e82bde" FOREIGN KEY ("commentId") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "registered_response" DROP CONSTRAINT "FK_1dccf493871e0bb89ab17e82bde"',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_notat" DROP CONSTRAINT "FK_307687face21d826bd6f79ca408"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_63863ca6aeedb9cdd582c00a36"');
    // Versions of the two new kinds have no place in the old type.
    await queryRunner.query(
      'DELETE FROM "chapter_version" WHERE "kind" IN (\'ROUND_START\', \'HEARING_NOTE\')',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"chapter_version_kind_enum_old\" AS ENUM('MANUAL', 'SUBMISSION', 'APPROVAL', 'PUBLICATION')",
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_version" ALTER COLUMN "kind" TYPE "public"."chapter_version_kind_enum_old" USING "kind"::"text"::"public"."chapter_version_kind_enum_old"',
    );
    await queryRunner.query('DROP TYPE "public"."chapter_version_kind_enum"');
    await queryRunner.query(
      'ALTER TYPE "public"."chapter_version_kind_enum_old" RENAME TO "chapter_version_kind_enum"',
    );
    await queryRunner.query('ALTER TABLE "chapter_version" DROP COLUMN "roundId"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "replacedQuote"');
    await queryRunner.query('ALTER TABLE "review_round" DROP COLUMN "noRemarksOrganizationIds"');
    await queryRunner.query('DROP INDEX "public"."IDX_ace8c9af6920e4311be7d81379"');
    await queryRunner.query('DROP TABLE "registered_response"');
    await queryRunner.query('DROP TABLE "consultation_notat"');
    await queryRunner.query('DROP TYPE "public"."consultation_notat_status_enum"');
  }
}
