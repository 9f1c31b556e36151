import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EditionDeadlineNotifications1795333815369 implements MigrationInterface {
  name = 'EditionDeadlineNotifications1795333815369';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "edition" ADD "followUpNotifiedAt" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "edition" ADD "revisionNotifiedAt" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TYPE "public"."notification_kind_enum" ADD VALUE \'FOLLOW_UP_DUE\'');
    await queryRunner.query('ALTER TYPE "public"."notification_kind_enum" ADD VALUE \'REVISION_DUE\'');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The old type cannot hold the new kinds.
    await queryRunner.query(
      'DELETE FROM "notification" WHERE "kind" IN (\'FOLLOW_UP_DUE\', \'REVISION_DUE\')',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."notification_kind_enum_old" AS ENUM(\'APPROVAL_REQUESTED\', \'APPROVAL_DISMISSED\')',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_enum_old" USING "kind"::"text"::"public"."notification_kind_enum_old"',
    );
    await queryRunner.query('DROP TYPE "public"."notification_kind_enum"');
    await queryRunner.query(
      'ALTER TYPE "public"."notification_kind_enum_old" RENAME TO "notification_kind_enum"',
    );
    await queryRunner.query('ALTER TABLE "edition" DROP COLUMN "revisionNotifiedAt"');
    await queryRunner.query('ALTER TABLE "edition" DROP COLUMN "followUpNotifiedAt"');
  }
}
