import fs from 'node:fs';
import path from 'node:path';
import { RedisMemoryServer } from 'redis-memory-server';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

/** The `redis-server` the harness runs: REDISMS_SYSTEM_BINARY, else the one on the PATH (CI installs Debian's). */
function systemBinary(): string | undefined {
  if (process.env.REDISMS_SYSTEM_BINARY) return process.env.REDISMS_SYSTEM_BINARY;
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin', '/usr/local/bin'];
  return dirs.map((dir) => path.join(dir, 'redis-server')).find((file) => fs.existsSync(file));
}

/**
 * A fresh Redis for one test file, the way the harness gives each file its own PostgreSQL database:
 * redis-memory-server on a free port (it builds a binary only when none is installed).
 */
export async function startTestRedis(): Promise<TestRedis> {
  const binary = systemBinary();
  const server = await RedisMemoryServer.create({
    instance: { args: ['--save', '', '--appendonly', 'no'] },
    binary: binary ? { systemBinary: binary } : {},
  });
  const url = `redis://${await server.getHost()}:${await server.getPort()}`;
  return { url, stop: async () => void (await server.stop()) };
}
