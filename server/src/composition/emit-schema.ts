import path from 'node:path';
import { createRealtimeBus } from '../core/pubsub';
import { createSchema } from './schema';

/** schema/schema.graphql: committed; the client's types are generated from it. */
export const SCHEMA_FILE = path.join(__dirname, '../../../../../schema/schema.graphql');

export async function emitSchema(file: string = SCHEMA_FILE): Promise<void> {
  await createSchema(createRealtimeBus(undefined).pubSub, undefined, file);
}

if (require.main === module) {
  emitSchema()
    .then(() => console.log(`Wrote ${SCHEMA_FILE}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
