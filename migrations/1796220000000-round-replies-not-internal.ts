import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A working-group reply in a reviewer's round thread was stored as internal, and the reviewer saw it
 * tagged "Intern". Such a reply is written to the reviewer; only replies in internal threads are internal.
 */
export class RoundRepliesNotInternal1796220000000 implements MigrationInterface {
  name = 'RoundRepliesNotInternal1796220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "comment" SET internal = false WHERE "parentId" IS NOT NULL AND "roundId" IS NOT NULL AND internal`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to the old rule: a reply by a member who is not a reviewer was internal.
    await queryRunner.query(
      `UPDATE "comment" c SET internal = true FROM membership m
        WHERE c."parentId" IS NOT NULL AND c."roundId" IS NOT NULL AND NOT c.internal
          AND m."projectId" = c."projectId" AND m."userId" = c."authorId" AND m.role <> 'REVIEWER'`,
    );
  }
}
