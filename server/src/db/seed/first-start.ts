import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from './demo-data';
import { seedIfEmpty } from './seed';

/**
 * The first start on an empty database loads the demo data. Loaded with a dynamic import, so a server
 * started without demo data never loads the seed. Returns what to print once the server listens.
 */
export async function seedDemoOnFirstStart(db: DataSource, publicUrl: string): Promise<(() => void) | null> {
  const logins = await seedIfEmpty(db, publicUrl);
  if (!logins) return null;
  return () => {
    console.log(
      `\nSamskriv demo data loaded. Open ${publicUrl} and log in as one of (password "${DEMO_PASSWORD}"):`,
    );
    for (const login of logins) console.log(`  ${login.email.padEnd(44)} ${login.role}`);
    console.log('');
  };
}
