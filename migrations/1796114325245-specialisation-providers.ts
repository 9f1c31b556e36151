import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SpecialisationProviders1796114325245 implements MigrationInterface {
  name = 'SpecialisationProviders1796114325245';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "target_group" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT \'\', "documentId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57d677c2f58ffc6255875625d4c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_17e3be06fbc37b287d55419d59" ON "target_group"  ("documentId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_a5c0fb4314d2890b0962915f19" ON "target_group"  ("projectId", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "level_criterion_version" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "targetGroupId" uuid NOT NULL, "level" integer NOT NULL, "version" integer NOT NULL, "html" text NOT NULL, "createdById" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0375e74c00581a1f7a159986ba2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_ea1b66c01f4397a1f5bc121a67" ON "level_criterion_version"  ("targetGroupId", "level", "version") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"provider_region_enum\" AS ENUM('HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"provider_type_enum\" AS ENUM('MUNICIPAL', 'REGIONAL', 'PRIVATE', 'SELF_OWNING')",
    );
    await queryRunner.query(
      'CREATE TABLE "provider" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "name" text NOT NULL, "cvr" character varying(8) NOT NULL, "municipality" text NOT NULL, "region" "public"."provider_region_enum" NOT NULL, "type" "public"."provider_type_enum" NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ab2f66d8987bf1bfdd6136a2d5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_be4e4ae2d878bc0d92b0f577f0" ON "provider"  ("projectId", "cvr") ',
    );
    await queryRunner.query(
      'CREATE TABLE "offer" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "providerId" uuid NOT NULL, "targetGroupId" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT \'\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57c6ae1abe49201919ef68de900" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_b36feed587b493a984bcacf47a" ON "offer"  ("projectId") ');
    await queryRunner.query('CREATE INDEX "IDX_bbddbfb6787c5ca2546a5b0b9d" ON "offer"  ("targetGroupId") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_65ce7460a5bc21c73c639e09b2" ON "offer"  ("providerId", "targetGroupId", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "specialist" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "targetGroupId" uuid NOT NULL, "membershipId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_461a4a90df7daf980d8b79bc3ce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c11170bc561730e8241c4f8433" ON "specialist"  ("membershipId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_ec13a9d30241dc28840e9e9bb8" ON "specialist"  ("targetGroupId", "membershipId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "target_group" ADD CONSTRAINT "FK_373071bff29bcf4abc5c2f338fd" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_group" ADD CONSTRAINT "FK_17e3be06fbc37b287d55419d59a" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "level_criterion_version" ADD CONSTRAINT "FK_1bc4aedd74c0a9496b92aaf19a2" FOREIGN KEY ("targetGroupId") REFERENCES "target_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "level_criterion_version" ADD CONSTRAINT "FK_f61c0de4c2ec5301cc5766bd138" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "provider" ADD CONSTRAINT "FK_d80868fe405d60cfcb5fad158dd" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "offer" ADD CONSTRAINT "FK_b36feed587b493a984bcacf47af" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "offer" ADD CONSTRAINT "FK_9702bff45c3e2bb6965d16023ac" FOREIGN KEY ("providerId") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "offer" ADD CONSTRAINT "FK_bbddbfb6787c5ca2546a5b0b9da" FOREIGN KEY ("targetGroupId") REFERENCES "target_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "specialist" ADD CONSTRAINT "FK_82f787003187a57d1173ce78b08" FOREIGN KEY ("targetGroupId") REFERENCES "target_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "specialist" ADD CONSTRAINT "FK_c11170bc561730e8241c4f84339" FOREIGN KEY ("membershipId") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "specialist" DROP CONSTRAINT "FK_c11170bc561730e8241c4f84339"');
    await queryRunner.query('ALTER TABLE "specialist" DROP CONSTRAINT "FK_82f787003187a57d1173ce78b08"');
    await queryRunner.query('ALTER TABLE "offer" DROP CONSTRAINT "FK_bbddbfb6787c5ca2546a5b0b9da"');
    await queryRunner.query('ALTER TABLE "offer" DROP CONSTRAINT "FK_9702bff45c3e2bb6965d16023ac"');
    await queryRunner.query('ALTER TABLE "offer" DROP CONSTRAINT "FK_b36feed587b493a984bcacf47af"');
    await queryRunner.query('ALTER TABLE "provider" DROP CONSTRAINT "FK_d80868fe405d60cfcb5fad158dd"');
    await queryRunner.query(
      'ALTER TABLE "level_criterion_version" DROP CONSTRAINT "FK_f61c0de4c2ec5301cc5766bd138"',
    );
    await queryRunner.query(
      'ALTER TABLE "level_criterion_version" DROP CONSTRAINT "FK_1bc4aedd74c0a9496b92aaf19a2"',
    );
    await queryRunner.query('ALTER TABLE "target_group" DROP CONSTRAINT "FK_17e3be06fbc37b287d55419d59a"');
    await queryRunner.query('ALTER TABLE "target_group" DROP CONSTRAINT "FK_373071bff29bcf4abc5c2f338fd"');
    await queryRunner.query('DROP INDEX "public"."IDX_ec13a9d30241dc28840e9e9bb8"');
    await queryRunner.query('DROP INDEX "public"."IDX_c11170bc561730e8241c4f8433"');
    await queryRunner.query('DROP TABLE "specialist"');
    await queryRunner.query('DROP INDEX "public"."IDX_65ce7460a5bc21c73c639e09b2"');
    await queryRunner.query('DROP INDEX "public"."IDX_bbddbfb6787c5ca2546a5b0b9d"');
    await queryRunner.query('DROP INDEX "public"."IDX_b36feed587b493a984bcacf47a"');
    await queryRunner.query('DROP TABLE "offer"');
    await queryRunner.query('DROP INDEX "public"."IDX_be4e4ae2d878bc0d92b0f577f0"');
    await queryRunner.query('DROP TABLE "provider"');
    await queryRunner.query('DROP TYPE "public"."provider_type_enum"');
    await queryRunner.query('DROP TYPE "public"."provider_region_enum"');
    await queryRunner.query('DROP INDEX "public"."IDX_ea1b66c01f4397a1f5bc121a67"');
    await queryRunner.query('DROP TABLE "level_criterion_version"');
    await queryRunner.query('DROP INDEX "public"."IDX_a5c0fb4314d2890b0962915f19"');
    await queryRunner.query('DROP INDEX "public"."IDX_17e3be06fbc37b287d55419d59"');
    await queryRunner.query('DROP TABLE "target_group"');
  }
}
