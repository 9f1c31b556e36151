import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

export interface PresenceEntry {
  chapterId: string;
  userId: string;
  /** A writable connection whose editor has the caret (awareness `cursor` set); otherwise viewing. */
  editing: boolean;
}

const KEY = 'samskriv:presence';

/**
 * Every instance's presence per project, shared through Redis: each instance writes its own
 * record per project (`<project>:<instance>`, expiring after `ttlMs`) and renews it by heartbeat,
 * so the people connected to an instance that dies drop out once its records expire.
 */
export class PresenceRegistry {
  readonly instanceId = randomUUID();
  private readonly redis: Redis;
  private readonly written = new Set<string>();

  constructor(
    redisUrl: string,
    readonly ttlMs: number,
  ) {
    this.redis = new Redis(redisUrl);
  }

  /** Stores this instance's entries for the project (an empty list removes the record). */
  async write(projectId: string, entries: PresenceEntry[]): Promise<void> {
    const key = `${KEY}:${projectId}:${this.instanceId}`;
    if (entries.length === 0) {
      if (!this.written.delete(projectId)) return;
      await this.redis.multi().del(key).srem(`${KEY}:${projectId}`, this.instanceId).exec();
      return;
    }
    this.written.add(projectId);
    await this.redis
      .multi()
      .set(key, JSON.stringify(entries), 'PX', this.ttlMs)
      .sadd(`${KEY}:${projectId}`, this.instanceId)
      .pexpire(`${KEY}:${projectId}`, this.ttlMs * 4)
      .exec();
  }

  /** Entries of the other instances whose records are alive. */
  async others(projectId: string): Promise<PresenceEntry[]> {
    const instances = (await this.redis.smembers(`${KEY}:${projectId}`)).filter(
      (id) => id !== this.instanceId,
    );
    if (instances.length === 0) return [];
    const records = await this.redis.mget(instances.map((id) => `${KEY}:${projectId}:${id}`));
    const dead = instances.filter((_, i) => records[i] === null);
    if (dead.length > 0) await this.redis.srem(`${KEY}:${projectId}`, ...dead);
    return records.flatMap((record) => (record ? (JSON.parse(record) as PresenceEntry[]) : []));
  }

  /** Removes this instance's records (a graceful stop; a crash leaves them to expire). */
  async close(): Promise<void> {
    await Promise.all([...this.written].map((projectId) => this.write(projectId, []))).catch(() => undefined);
    this.redis.disconnect();
  }
}
