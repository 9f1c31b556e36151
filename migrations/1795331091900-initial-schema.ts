import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795331091900 implements MigrationInterface {
  name = 'InitialSchema1795331091900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organization_kind_enum\" AS ENUM('AUTHORITY', 'INTEREST_ORGANISATION', 'EXPERTS', 'PROVIDER')",
    );
    await queryRunner.query(
      'CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" text NOT NULL, "shortName" text, "kind" "public"."organization_kind_enum" NOT NULL DEFAULT \'AUTHORITY\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c21e615583a3ebbb0977452afb0" UNIQUE ("name"), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" text NOT NULL, "email" text NOT NULL, "organizationId" uuid NOT NULL, "isSystemAdmin" boolean NOT NULL DEFAULT false, "passwordHash" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "invite" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "tokenHash" text NOT NULL, "userId" uuid NOT NULL, "createdById" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fc9fa190e5a3c5d80604a4f63e1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_72cb13a7fef50b50f06e2b107f" ON "invite"  ("tokenHash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "key" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b1eaa396e498cf64a6a7f25ae6" ON "login_failure"  ("key", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("tokenHash" text NOT NULL, "userId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" text, "userAgent" text, CONSTRAINT "PK_ff3b5bfd0767bd32942e5ccaad0" PRIMARY KEY ("tokenHash"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session"  ("userId") ');
    await queryRunner.query(
      'CREATE TYPE "public"."project_kind_enum" AS ENUM(\'PATHWAY\', \'SPECIALISATION\')',
    );
    await queryRunner.query(
      'CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" "public"."project_kind_enum" NOT NULL DEFAULT \'PATHWAY\', "title" text NOT NULL, "periodStart" date, "periodEnd" date, "targetGroup" text NOT NULL DEFAULT \'\', "purpose" text NOT NULL DEFAULT \'\', "background" text NOT NULL DEFAULT \'\', "partners" text NOT NULL DEFAULT \'\', "funding" text NOT NULL DEFAULT \'\', "contactName" text NOT NULL DEFAULT \'\', "contactPhone" text NOT NULL DEFAULT \'\', "contactOffice" text NOT NULL DEFAULT \'\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."document_kind_enum" AS ENUM(\'PATHWAY\', \'TARGET_GROUP\')',
    );
    await queryRunner.query(
      'CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "kind" "public"."document_kind_enum" NOT NULL, "title" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_1609339df21e7616eb9ce3dec4" ON "document"  ("projectId") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"chapter_status_enum\" AS ENUM('DRAFT', 'IN_REVIEW', 'REVISION', 'AWAITING_APPROVAL', 'APPROVED', 'PUBLISHED')",
    );
    await queryRunner.query(
      'CREATE TABLE "chapter" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "documentId" uuid NOT NULL, "projectId" uuid NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, "status" "public"."chapter_status_enum" NOT NULL DEFAULT \'DRAFT\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_275bd1c62bed7dff839680614ca" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_77d1ce18d519813e3ee5bd37aa" ON "chapter"  ("projectId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_ae5dac46db17bc69e1e1abd33c" ON "chapter"  ("documentId", "position") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"membership_role_enum\" AS ENUM('COORDINATOR', 'AUTHOR', 'REVIEWER', 'OBSERVER')",
    );
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "userId" uuid NOT NULL, "role" "public"."membership_role_enum" NOT NULL, "isApprover" boolean NOT NULL DEFAULT false, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_eef2d9d9c70cd13bed868afedf" ON "membership"  ("userId") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_0ce112f8ebd30cb9c37c7d7c0a" ON "membership"  ("projectId", "userId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_f0378161891caa3b5d8365fa445" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invite" ADD CONSTRAINT "FK_91bfeec7a9574f458e5b592472d" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "FK_1609339df21e7616eb9ce3dec47" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter" ADD CONSTRAINT "FK_9b48de018d457a730ec0e63d8d5" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_56a9fc0f4e9c54c802b4c159ffa" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_eef2d9d9c70cd13bed868afedf4" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "FK_eef2d9d9c70cd13bed868afedf4"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "FK_56a9fc0f4e9c54c802b4c159ffa"');
    await queryRunner.query('ALTER TABLE "chapter" DROP CONSTRAINT "FK_9b48de018d457a730ec0e63d8d5"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "FK_1609339df21e7616eb9ce3dec47"');
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53"');
    await queryRunner.query('ALTER TABLE "invite" DROP CONSTRAINT "FK_91bfeec7a9574f458e5b592472d"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_f0378161891caa3b5d8365fa445"');
    await queryRunner.query('DROP INDEX "public"."IDX_0ce112f8ebd30cb9c37c7d7c0a"');
    await queryRunner.query('DROP INDEX "public"."IDX_eef2d9d9c70cd13bed868afedf"');
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('DROP TYPE "public"."membership_role_enum"');
    await queryRunner.query('DROP INDEX "public"."IDX_ae5dac46db17bc69e1e1abd33c"');
    await queryRunner.query('DROP INDEX "public"."IDX_77d1ce18d519813e3ee5bd37aa"');
    await queryRunner.query('DROP TABLE "chapter"');
    await queryRunner.query('DROP TYPE "public"."chapter_status_enum"');
    await queryRunner.query('DROP INDEX "public"."IDX_1609339df21e7616eb9ce3dec4"');
    await queryRunner.query('DROP TABLE "document"');
    await queryRunner.query('DROP TYPE "public"."document_kind_enum"');
    await queryRunner.query('DROP TABLE "project"');
    await queryRunner.query('DROP TYPE "public"."project_kind_enum"');
    await queryRunner.query('DROP INDEX "public"."IDX_3d2f174ef04fb312fdebd0ddc5"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."IDX_b1eaa396e498cf64a6a7f25ae6"');
    await queryRunner.query('DROP TABLE "login_failure"');
    await queryRunner.query('DROP INDEX "public"."IDX_72cb13a7fef50b50f06e2b107f"');
    await queryRunner.query('DROP TABLE "invite"');
    await queryRunner.query('DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP TABLE "organization"');
    await queryRunner.query('DROP TYPE "public"."organization_kind_enum"');
  }
}
