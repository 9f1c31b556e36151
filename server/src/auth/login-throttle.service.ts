import type { DataSource } from 'typeorm';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_ACCOUNT = 5;
const MAX_PER_ADDRESS = 30;

/** A counted attempt: kept as a failure unless the password turns out right. */
export interface LoginAttempt {
  accountRowId: string;
  addressRowId: string;
}

export type AttemptOutcome = { attempt: LoginAttempt } | { retryAfterSeconds: number };

/**
 * Counts login attempts per account and per address in the database, so the limit holds across
 * instances and restarts. An attempt is counted before the password is checked, under a transaction
 * lock per account and per address: concurrent attempts queue on the count instead of all reading
 * "under the limit" (at most 5 password checks per account and 30 per address in 15 minutes).
 */
export class LoginThrottleService {
  constructor(private readonly db: DataSource) {}

  async begin(email: string, ip: string): Promise<AttemptOutcome> {
    const accountKey = `email:${email}`;
    const addressKey = `ip:${ip}`;
    return this.db.transaction(async (em) => {
      // Always account first, then address: no two attempts wait on each other in opposite order.
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`login:${accountKey}`]);
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`login:${addressKey}`]);
      const since = new Date(Date.now() - WINDOW_MS);
      const waits = await Promise.all(
        [
          [accountKey, MAX_PER_ACCOUNT],
          [addressKey, MAX_PER_ADDRESS],
        ].map(async ([key, max]) => {
          // The max-th newest attempt in the window: when it leaves the window, one more is allowed.
          const rows = await em.query<{ at: Date }[]>(
            'SELECT at FROM login_failure WHERE key = $1 AND at > $2 ORDER BY at DESC OFFSET $3 LIMIT 1',
            [key, since, Number(max) - 1],
          );
          return rows.length ? Math.ceil((rows[0].at.getTime() + WINDOW_MS - Date.now()) / 1000) : 0;
        }),
      );
      const retryAfterSeconds = Math.max(0, ...waits);
      if (retryAfterSeconds > 0) return { retryAfterSeconds };
      const rows = await em.query<{ id: string }[]>(
        'INSERT INTO login_failure (key) VALUES ($1), ($2) RETURNING id',
        [accountKey, addressKey],
      );
      return { attempt: { accountRowId: rows[0].id, addressRowId: rows[1].id } };
    });
  }

  /** The password was right: the account starts afresh and the attempt does not count for the address. */
  async succeeded(email: string, attempt: LoginAttempt): Promise<void> {
    await this.db.query('DELETE FROM login_failure WHERE key = $1 OR id = $2', [
      `email:${email}`,
      attempt.addressRowId,
    ]);
  }
}
