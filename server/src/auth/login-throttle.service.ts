import { MoreThan, type DataSource } from 'typeorm';
import { LoginFailure } from './login-failure.entity';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_ACCOUNT = 5;
const MAX_PER_ADDRESS = 30;

/**
 * Counts failed logins per account and per address in the database, so the
 * limit holds across instances and restarts.
 */
export class LoginThrottleService {
  constructor(private readonly db: DataSource) {}

  /** Seconds until another attempt is allowed, or 0. */
  async retryAfter(email: string, ip: string): Promise<number> {
    const since = new Date(Date.now() - WINDOW_MS);
    const repo = this.db.getRepository(LoginFailure);
    const [account, address] = await Promise.all([
      repo.find({ where: { key: `email:${email}`, at: MoreThan(since) }, order: { at: 'ASC' } }),
      repo.find({ where: { key: `ip:${ip}`, at: MoreThan(since) }, order: { at: 'ASC' } }),
    ]);
    const waits = [
      account.length >= MAX_PER_ACCOUNT ? account[account.length - MAX_PER_ACCOUNT].at : null,
      address.length >= MAX_PER_ADDRESS ? address[address.length - MAX_PER_ADDRESS].at : null,
    ]
      .filter((at): at is Date => at !== null)
      .map((at) => Math.ceil((at.getTime() + WINDOW_MS - Date.now()) / 1000));
    return Math.max(0, ...waits);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.db.getRepository(LoginFailure).insert([{ key: `email:${email}` }, { key: `ip:${ip}` }]);
  }

  async clearAccount(email: string): Promise<void> {
    await this.db.getRepository(LoginFailure).delete({ key: `email:${email}` });
  }
}
