import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SpecialisationAssessments1796114655110 implements MigrationInterface {
  name = 'SpecialisationAssessments1796114655110';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"assessment_case_status_enum\" AS ENUM('AWAITING_ASSESSMENTS', 'AGREED', 'DISAGREED', 'SETTLED', 'PLACED', 'SUPERSEDED')",
    );
    await queryRunner.query(
      'CREATE TABLE "assessment_case" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "offerId" uuid NOT NULL, "targetGroupId" uuid NOT NULL, "sequence" integer NOT NULL, "status" "public"."assessment_case_status_enum" NOT NULL DEFAULT \'AWAITING_ASSESSMENTS\', "openedReason" text, "openedById" uuid, "settledLevel" smallint, "settledRationale" text, "settledById" uuid, "settledAt" TIMESTAMP WITH TIME ZONE, "placedLevel" smallint, "confirmedById" uuid, "confirmedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b252f66572122ec6d3d1c59df72" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_920bc69aa0d19bbd04125186a0" ON "assessment_case"  ("projectId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bdf9db859cdfc01d5e2667586d" ON "assessment_case"  ("targetGroupId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_assessment_case_one_open_per_offer" ON "assessment_case"  ("offerId") WHERE "status" IN (\'AWAITING_ASSESSMENTS\', \'AGREED\', \'DISAGREED\', \'SETTLED\')',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_6e66640b9bca621fc8d0c22730" ON "assessment_case"  ("offerId", "sequence") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "caseId" uuid NOT NULL, "assessorId" uuid NOT NULL, "level" smallint NOT NULL, "rationale" text NOT NULL, "submittedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_assessment_level" CHECK ("level" BETWEEN 1 AND 3), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_91503ff64f803d88b33831df43" ON "assessment"  ("assessorId") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_e66e41521be1324cfba6d79898" ON "assessment"  ("caseId", "assessorId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "evaluation_note" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "authorId" uuid NOT NULL, "body" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ee41b644c85494fe365ffda8956" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_953bf1ed2c025830dbfb82c8fe" ON "evaluation_note"  ("projectId", "createdAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "placement" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "offerId" uuid NOT NULL, "targetGroupId" uuid NOT NULL, "caseId" uuid NOT NULL, "level" smallint NOT NULL, "confirmedById" uuid NOT NULL, "confirmedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_placement_level" CHECK ("level" BETWEEN 1 AND 3), CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d26680419b1a3d9d669fe1ca48" ON "placement"  ("projectId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_35b423e34da77be6fe8752747b" ON "placement"  ("targetGroupId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_44c8a2df555423e96158e05c24" ON "placement"  ("caseId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_97aaf1ef23d929b03326b5ea97" ON "placement"  ("offerId", "confirmedAt") ',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_case" ADD CONSTRAINT "FK_920bc69aa0d19bbd04125186a08" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_case" ADD CONSTRAINT "FK_c4278b202a7458319c81d3b2a6e" FOREIGN KEY ("offerId") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "FK_ac3ea67431541532716b84f115a" FOREIGN KEY ("caseId") REFERENCES "assessment_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evaluation_note" ADD CONSTRAINT "FK_bd76ba9720d5b5033d03cb43e42" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "placement" ADD CONSTRAINT "FK_d26680419b1a3d9d669fe1ca485" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "placement" ADD CONSTRAINT "FK_45dbc6cc38c4368288f772f887d" FOREIGN KEY ("offerId") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "placement" ADD CONSTRAINT "FK_44c8a2df555423e96158e05c244" FOREIGN KEY ("caseId") REFERENCES "assessment_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "placement" DROP CONSTRAINT "FK_44c8a2df555423e96158e05c244"');
    await queryRunner.query('ALTER TABLE "placement" DROP CONSTRAINT "FK_45dbc6cc38c4368288f772f887d"');
    await queryRunner.query('ALTER TABLE "placement" DROP CONSTRAINT "FK_d26680419b1a3d9d669fe1ca485"');
    await queryRunner.query('ALTER TABLE "evaluation_note" DROP CONSTRAINT "FK_bd76ba9720d5b5033d03cb43e42"');
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "FK_ac3ea67431541532716b84f115a"');
    await queryRunner.query('ALTER TABLE "assessment_case" DROP CONSTRAINT "FK_c4278b202a7458319c81d3b2a6e"');
    await queryRunner.query('ALTER TABLE "assessment_case" DROP CONSTRAINT "FK_920bc69aa0d19bbd04125186a08"');
    await queryRunner.query('DROP INDEX "public"."IDX_97aaf1ef23d929b03326b5ea97"');
    await queryRunner.query('DROP INDEX "public"."IDX_44c8a2df555423e96158e05c24"');
    await queryRunner.query('DROP INDEX "public"."IDX_35b423e34da77be6fe8752747b"');
    await queryRunner.query('DROP INDEX "public"."IDX_d26680419b1a3d9d669fe1ca48"');
    await queryRunner.query('DROP TABLE "placement"');
    await queryRunner.query('DROP INDEX "public"."IDX_953bf1ed2c025830dbfb82c8fe"');
    await queryRunner.query('DROP TABLE "evaluation_note"');
    await queryRunner.query('DROP INDEX "public"."IDX_e66e41521be1324cfba6d79898"');
    await queryRunner.query('DROP INDEX "public"."IDX_91503ff64f803d88b33831df43"');
    await queryRunner.query('DROP TABLE "assessment"');
    await queryRunner.query('DROP INDEX "public"."IDX_6e66640b9bca621fc8d0c22730"');
    await queryRunner.query('DROP INDEX "public"."IDX_assessment_case_one_open_per_offer"');
    await queryRunner.query('DROP INDEX "public"."IDX_bdf9db859cdfc01d5e2667586d"');
    await queryRunner.query('DROP INDEX "public"."IDX_920bc69aa0d19bbd04125186a0"');
    await queryRunner.query('DROP TABLE "assessment_case"');
    await queryRunner.query('DROP TYPE "public"."assessment_case_status_enum"');
  }
}
