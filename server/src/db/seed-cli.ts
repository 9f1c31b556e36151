import { loadConfig } from '../core/config';
import { openDatabase } from './database';
import { seedIfEmpty } from './seed/seed';

/** `npm run seed`: wipes the database, migrates it and loads the demo data. */
async function main() {
  const config = { ...loadConfig(), seedDemo: false };
  let database = await openDatabase(config);
  await database.dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await database.close();
  database = await openDatabase(config);
  const logins = await seedIfEmpty(database.dataSource, config.publicUrl);
  console.log(`Demo data loaded (${logins?.length ?? 0} users).`);
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
