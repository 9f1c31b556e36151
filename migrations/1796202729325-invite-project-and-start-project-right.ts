import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InviteProjectAndStartProjectRight1796202729325 implements MigrationInterface {
  name = 'InviteProjectAndStartProjectRight1796202729325';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ADD "canStartProjects" boolean NOT NULL DEFAULT false');
    // Whoever already coordinates a project keeps being able to start one.
    await queryRunner.query(
      'UPDATE "app_user" SET "canStartProjects" = true WHERE "id" IN (SELECT "userId" FROM "membership" WHERE "role" = \'COORDINATOR\')',
    );
    await queryRunner.query('ALTER TABLE "invite" ADD "projectId" uuid');
    await queryRunner.query(
      'ALTER TABLE "invite" ADD CONSTRAINT "FK_230b07b615a7648eed11cdf6417" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invite" DROP CONSTRAINT "FK_230b07b615a7648eed11cdf6417"');
    await queryRunner.query('ALTER TABLE "invite" DROP COLUMN "projectId"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "canStartProjects"');
  }
}
