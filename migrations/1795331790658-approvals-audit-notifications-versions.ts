import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalsAuditNotificationsVersions1795331790658 implements MigrationInterface {
  name = 'ApprovalsAuditNotificationsVersions1795331790658';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "approving_organization" ("documentId" uuid NOT NULL, "organizationId" uuid NOT NULL, CONSTRAINT "PK_2fa2cfd19646c9f63ae1579fe67" PRIMARY KEY ("documentId", "organizationId"))',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."chapter_approval_decision_enum" AS ENUM(\'APPROVED\', \'CHANGES_REQUESTED\')',
    );
    await queryRunner.query(
      'CREATE TABLE "chapter_approval" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "chapterId" uuid NOT NULL, "projectId" uuid NOT NULL, "organizationId" uuid NOT NULL, "userId" uuid, "decision" "public"."chapter_approval_decision_enum" NOT NULL, "reason" text, "contentFingerprint" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dismissedAt" TIMESTAMP WITH TIME ZONE, "dismissedReason" text, "supersededAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e56247b692d98fc0156b5fc0268" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_448a98f096284a2aa0181df0cd" ON "chapter_approval"  ("projectId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_80a3ced9879c9a3085a8ed5b77" ON "chapter_approval"  ("chapterId", "organizationId") WHERE "supersededAt" IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "actorId" uuid, "action" text NOT NULL, "subjectType" text NOT NULL, "subjectId" uuid, "details" jsonb NOT NULL DEFAULT \'{}\', "ip" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_35d828ba0c638220f94fc647ad" ON "audit_event"  ("projectId", "at") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."notification_kind_enum" AS ENUM(\'APPROVAL_REQUESTED\', \'APPROVAL_DISMISSED\')',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "userId" uuid NOT NULL, "kind" "public"."notification_kind_enum" NOT NULL, "projectId" uuid NOT NULL, "chapterId" uuid, "actorId" uuid, "data" jsonb NOT NULL DEFAULT \'{}\', "readAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_039c7fcba309434f48b3ffaa58" ON "notification"  ("userId", "createdAt") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"chapter_version_kind_enum\" AS ENUM('MANUAL', 'SUBMISSION', 'APPROVAL', 'PUBLICATION')",
    );
    await queryRunner.query(
      'CREATE TABLE "chapter_version" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "chapterId" uuid NOT NULL, "projectId" uuid NOT NULL, "name" text NOT NULL, "kind" "public"."chapter_version_kind_enum" NOT NULL, "state" bytea NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "json" jsonb NOT NULL, "wordCount" integer NOT NULL, "contentFingerprint" text NOT NULL, "createdById" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af56f172a7040b15b01bbdfc624" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bc4d5ad019fd2b69ee0f11145f" ON "chapter_version"  ("chapterId", "createdAt") ',
    );
    await queryRunner.query(
      'ALTER TABLE "approving_organization" ADD CONSTRAINT "FK_8d4fce62a696f18e471a2a4a4be" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approving_organization" ADD CONSTRAINT "FK_8283ad487aa2e902b1f6627467c" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_approval" ADD CONSTRAINT "FK_73f1cae967b6eefe754e1674bc2" FOREIGN KEY ("chapterId") REFERENCES "chapter"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_approval" ADD CONSTRAINT "FK_4c546c46ef62a83390831eb7326" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_approval" ADD CONSTRAINT "FK_b0744e20cf512f56c32d19b594a" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_version" ADD CONSTRAINT "FK_1d8403f999fd95498c3fe59dea0" FOREIGN KEY ("chapterId") REFERENCES "chapter"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_version" ADD CONSTRAINT "FK_712ce93ae47fcd69757fb30eb84" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "chapter_version" DROP CONSTRAINT "FK_712ce93ae47fcd69757fb30eb84"');
    await queryRunner.query('ALTER TABLE "chapter_version" DROP CONSTRAINT "FK_1d8403f999fd95498c3fe59dea0"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_1ced25315eb974b73391fb1c81b"');
    await queryRunner.query(
      'ALTER TABLE "chapter_approval" DROP CONSTRAINT "FK_b0744e20cf512f56c32d19b594a"',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_approval" DROP CONSTRAINT "FK_4c546c46ef62a83390831eb7326"',
    );
    await queryRunner.query(
      'ALTER TABLE "chapter_approval" DROP CONSTRAINT "FK_73f1cae967b6eefe754e1674bc2"',
    );
    await queryRunner.query(
      'ALTER TABLE "approving_organization" DROP CONSTRAINT "FK_8283ad487aa2e902b1f6627467c"',
    );
    await queryRunner.query(
      'ALTER TABLE "approving_organization" DROP CONSTRAINT "FK_8d4fce62a696f18e471a2a4a4be"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_bc4d5ad019fd2b69ee0f11145f"');
    await queryRunner.query('DROP TABLE "chapter_version"');
    await queryRunner.query('DROP TYPE "public"."chapter_version_kind_enum"');
    await queryRunner.query('DROP INDEX "public"."IDX_039c7fcba309434f48b3ffaa58"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TYPE "public"."notification_kind_enum"');
    await queryRunner.query('DROP INDEX "public"."IDX_35d828ba0c638220f94fc647ad"');
    await queryRunner.query('DROP TABLE "audit_event"');
    await queryRunner.query('DROP INDEX "public"."IDX_80a3ced9879c9a3085a8ed5b77"');
    await queryRunner.query('DROP INDEX "public"."IDX_448a98f096284a2aa0181df0cd"');
    await queryRunner.query('DROP TABLE "chapter_approval"');
    await queryRunner.query('DROP TYPE "public"."chapter_approval_decision_enum"');
    await queryRunner.query('DROP TABLE "approving_organization"');
  }
}
