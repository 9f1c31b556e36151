import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../core/config';
import { openDatabase } from './database';

/**
 * `npm run migration:generate -- <name>`: compares the entities with a database
 * migrated to the latest migration and writes the difference as a reversible
 * migration into migrations/.
 */
async function main() {
  const name = (process.argv[2] ?? '').replace(/[^a-zA-Z0-9-]/g, '');
  if (!name) throw new Error('Usage: npm run migration:generate -- <what-changed>');
  const database = await openDatabase({ ...loadConfig(), seedDemo: false });
  try {
    const sql = await database.dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('No changes: the entities match the migrations.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}${timestamp}`;
    const line = (q: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const file = path.join(__dirname, '../../../../../migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(line).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(line).join('\n')}
  }
}
`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
