import type { DataSource } from 'typeorm';
import { log } from './logger';

/** How often an instance that lost its database tries it again (to log when it is back). */
const PROBE_INTERVAL_MS = 1000;

/**
 * Whether this instance can reach its database, for `/readyz` and for the operator's log: the first
 * failure of an outage logs `db.unreachable`, a probe then tries every second and logs `db.reachable`
 * with how long the outage lasted. Nothing waits for it: every request still tries the database itself.
 */
export class DatabaseHealth {
  private downSince: number | null = null;
  private probe: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly db: DataSource) {}

  /** A trivial query answered within `withinMs` (false when it fails or takes longer). */
  async check(withinMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), withinMs)));
    const query = this.db.query('SELECT 1').then(
      () => true,
      (error: unknown) => {
        this.failed(error, 'readyz');
        return false;
      },
    );
    const ok = await Promise.race([query, timeout]).finally(() => clearTimeout(timer));
    if (!ok) this.failed(new Error(`no answer within ${withinMs} ms`), 'readyz');
    return ok;
  }

  /** Reports that an operation failed because the database could not be reached. */
  failed(error: unknown, where: string): void {
    if (this.downSince !== null || this.stopped) return;
    this.downSince = Date.now();
    log.error('db.unreachable', { where, error: String(error) });
    this.probe = setInterval(() => void this.tryAgain(), PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.probe);
  }

  private probing = false;

  private async tryAgain(): Promise<void> {
    if (this.probing || this.downSince === null) return;
    this.probing = true;
    try {
      await this.db.query('SELECT 1');
      log.info('db.reachable', { downMs: Date.now() - this.downSince });
      this.downSince = null;
      clearInterval(this.probe);
    } catch {
      // Still down; the next probe tries again.
    } finally {
      this.probing = false;
    }
  }
}
