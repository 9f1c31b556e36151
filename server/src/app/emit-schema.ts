import path from 'node:path';
import { createRealtimeBus } from '../realtime/pubsub';
import { createSchema } from './schema';

/** Writes schema/schema.graphql (committed; the client's types are generated from it). */
export const SCHEMA_FILE = path.join(__dirname, '../../../../../schema/schema.graphql');

if (require.main === module) {
  createSchema(createRealtimeBus(undefined).pubSub, SCHEMA_FILE)
    .then(() => console.log(`Wrote ${SCHEMA_FILE}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
