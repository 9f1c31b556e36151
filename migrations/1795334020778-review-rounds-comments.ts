import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewRoundsComments1795334020778 implements MigrationInterface {
  name = 'ReviewRoundsComments1795334020778';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "review_round" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "documentId" uuid NOT NULL, "title" text NOT NULL, "letter" text NOT NULL DEFAULT \'\', "chapterIds" uuid array NOT NULL, "organizationIds" uuid array NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "closedEarly" boolean NOT NULL DEFAULT false, "openedById" uuid NOT NULL, "openedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c661407d15ad2b572f84ad9a1fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dcdfd9d0f09f9cc686b0cad414" ON "review_round"  ("projectId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_56529667ee6f9494b170d6d8bd" ON "review_round"  ("documentId", "deadline") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"comment_proposalstatus_enum\" AS ENUM('PENDING', 'ACCEPTED', 'REJECTED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"comment_disposition_enum\" AS ENUM('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED', 'NOTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "projectId" uuid NOT NULL, "documentId" uuid NOT NULL, "chapterId" uuid NOT NULL, "roundId" uuid, "parentId" uuid, "authorId" uuid NOT NULL, "organizationId" uuid NOT NULL, "internal" boolean NOT NULL DEFAULT false, "text" text NOT NULL, "mentionedUserIds" uuid array NOT NULL DEFAULT \'{}\', "anchorStart" bytea, "anchorEnd" bytea, "quote" text, "proposal" text, "proposalStatus" "public"."comment_proposalstatus_enum", "proposalReason" text, "proposalDecidedById" uuid, "proposalDecidedAt" TIMESTAMP WITH TIME ZONE, "disposition" "public"."comment_disposition_enum", "dispositionReply" text, "disposedById" uuid, "disposedAt" TIMESTAMP WITH TIME ZONE, "resolvedAt" TIMESTAMP WITH TIME ZONE, "resolvedById" uuid, "editedAt" TIMESTAMP WITH TIME ZONE, "deletedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_61e5bdd38addac8d6219ca102e" ON "comment"  ("projectId") ');
    await queryRunner.query('CREATE INDEX "IDX_e3aebe2bd1c53467a07109be59" ON "comment"  ("parentId") ');
    await queryRunner.query('CREATE INDEX "IDX_21f295267e040ebdc62c18bf28" ON "comment"  ("roundId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_2812654f9f13f886fb193f45e0" ON "comment"  ("chapterId", "createdAt") ',
    );
    await queryRunner.query(
      'ALTER TABLE "review_round" ADD CONSTRAINT "FK_1033f4300abaf1045b56dcd2a16" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_ded13a43b98c25920cbfb665e5e" FOREIGN KEY ("chapterId") REFERENCES "chapter"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_21f295267e040ebdc62c18bf28d" FOREIGN KEY ("roundId") REFERENCES "review_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_e3aebe2bd1c53467a07109be596" FOREIGN KEY ("parentId") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_e3aebe2bd1c53467a07109be596"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_21f295267e040ebdc62c18bf28d"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_ded13a43b98c25920cbfb665e5e"');
    await queryRunner.query('ALTER TABLE "review_round" DROP CONSTRAINT "FK_1033f4300abaf1045b56dcd2a16"');
    await queryRunner.query('DROP INDEX "public"."IDX_2812654f9f13f886fb193f45e0"');
    await queryRunner.query('DROP INDEX "public"."IDX_21f295267e040ebdc62c18bf28"');
    await queryRunner.query('DROP INDEX "public"."IDX_e3aebe2bd1c53467a07109be59"');
    await queryRunner.query('DROP INDEX "public"."IDX_61e5bdd38addac8d6219ca102e"');
    await queryRunner.query('DROP TABLE "comment"');
    await queryRunner.query('DROP TYPE "public"."comment_disposition_enum"');
    await queryRunner.query('DROP TYPE "public"."comment_proposalstatus_enum"');
    await queryRunner.query('DROP INDEX "public"."IDX_56529667ee6f9494b170d6d8bd"');
    await queryRunner.query('DROP INDEX "public"."IDX_dcdfd9d0f09f9cc686b0cad414"');
    await queryRunner.query('DROP TABLE "review_round"');
  }
}
