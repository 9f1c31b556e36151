import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MentionNotifications1795336029532 implements MigrationInterface {
  name = 'MentionNotifications1795336029532';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TYPE "public"."notification_kind_enum" ADD VALUE \'MENTIONED\'');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "notification" WHERE "kind" = \'MENTIONED\'');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind_enum_old\" AS ENUM('APPROVAL_REQUESTED', 'APPROVAL_DISMISSED', 'FOLLOW_UP_DUE', 'REVISION_DUE')",
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_enum_old" USING "kind"::"text"::"public"."notification_kind_enum_old"',
    );
    await queryRunner.query('DROP TYPE "public"."notification_kind_enum"');
    await queryRunner.query(
      'ALTER TYPE "public"."notification_kind_enum_old" RENAME TO "notification_kind_enum"',
    );
  }
}
