import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewRoundCloseAndNotifications1796114440959 implements MigrationInterface {
  name = 'ReviewRoundCloseAndNotifications1796114440959';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "review_round_reminder" ("roundId" uuid NOT NULL, "userId" uuid NOT NULL, "sentAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3db83da29e416103de1109ca14f" PRIMARY KEY ("roundId", "userId"))',
    );
    await queryRunner.query('ALTER TABLE "review_round" ADD "closeAnnouncedAt" TIMESTAMP WITH TIME ZONE');
    // Rounds that closed before this change were announced by the old timer: never close them again.
    await queryRunner.query(
      'UPDATE "review_round" SET "closeAnnouncedAt" = "deadline" WHERE "deadline" <= now()',
    );
    await queryRunner.query('ALTER TYPE "public"."notification_kind_enum" ADD VALUE \'ROUND_OPENED\'');
    await queryRunner.query('ALTER TYPE "public"."notification_kind_enum" ADD VALUE \'ROUND_CLOSING_SOON\'');
    await queryRunner.query('ALTER TYPE "public"."notification_kind_enum" ADD VALUE \'COMMENT_DISPOSED\'');
    await queryRunner.query(
      'ALTER TABLE "review_round_reminder" ADD CONSTRAINT "FK_3c6b28aac6d4eac681b57272b4c" FOREIGN KEY ("roundId") REFERENCES "review_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review_round_reminder" ADD CONSTRAINT "FK_305dc448ca07de6d1da58b5754a" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "review_round_reminder" DROP CONSTRAINT "FK_305dc448ca07de6d1da58b5754a"',
    );
    await queryRunner.query(
      'ALTER TABLE "review_round_reminder" DROP CONSTRAINT "FK_3c6b28aac6d4eac681b57272b4c"',
    );
    // The old type cannot hold the new kinds.
    await queryRunner.query(
      "DELETE FROM \"notification\" WHERE \"kind\" IN ('ROUND_OPENED', 'ROUND_CLOSING_SOON', 'COMMENT_DISPOSED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind_enum_old\" AS ENUM('APPROVAL_REQUESTED', 'APPROVAL_DISMISSED', 'FOLLOW_UP_DUE', 'REVISION_DUE', 'MENTIONED')",
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_enum_old" USING "kind"::"text"::"public"."notification_kind_enum_old"',
    );
    await queryRunner.query('DROP TYPE "public"."notification_kind_enum"');
    await queryRunner.query(
      'ALTER TYPE "public"."notification_kind_enum_old" RENAME TO "notification_kind_enum"',
    );
    await queryRunner.query('ALTER TABLE "review_round" DROP COLUMN "closeAnnouncedAt"');
    await queryRunner.query('DROP TABLE "review_round_reminder"');
  }
}
