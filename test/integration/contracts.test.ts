import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, SERVER_DIST } from '../support/paths';

/* eslint-disable @typescript-eslint/no-require-imports -- the compiled server is loaded at run time */
const { emitSchema } = require(
  path.join(SERVER_DIST, 'composition/emit-schema.js'),
) as typeof import('../../server/src/composition/emit-schema');
const { operationRules } = require(
  path.join(SERVER_DIST, 'core/operation-rules.js'),
) as typeof import('../../server/src/core/operation-rules');
/* eslint-enable @typescript-eslint/no-require-imports */

describe('contracts', () => {
  it('has a committed schema/schema.graphql that matches the server (run npm run schema:emit)', async () => {
    const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schema-')), 'schema.graphql');
    await emitSchema(fresh);
    expect(fs.readFileSync(path.join(ROOT, 'schema/schema.graphql'), 'utf8')).toBe(
      fs.readFileSync(fresh, 'utf8'),
    );
  });

  it('declares an authorization rule on every query, mutation and subscription', async () => {
    const rules = operationRules();
    expect(rules.length).toBeGreaterThan(20);
    expect(rules.filter((r) => r.rule === null).map((r) => r.operation)).toEqual([]);
    // Only the way in is public.
    expect(
      rules
        .filter((r) => r.rule === 'public')
        .map((r) => r.operation)
        .sort(),
    ).toEqual([
      'Mutation.acceptInvite',
      'Mutation.login',
      'Query.invitation',
      'Query.invitationContact',
      'Query.me',
    ]);
  });
});

describe('docker-compose.yml', () => {
  type Service = {
    build?: unknown;
    image?: string;
    environment?: Record<string, string> | string[];
    healthcheck?: { test: unknown };
    depends_on?: Record<string, { condition: string }>;
    ports?: string[];
    volumes?: string[];
  };
  // The instances share their settings through a YAML anchor and merge keys, as Docker Compose reads them.
  const compose = parseYaml(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as {
    services: Record<string, Service>;
    volumes?: Record<string, unknown>;
  };
  const env = (service: Service) =>
    Array.isArray(service.environment)
      ? Object.fromEntries(service.environment.map((e) => e.split(/=(.*)/s).slice(0, 2)))
      : (service.environment ?? {});

  it('runs PostgreSQL with a named volume and a health check', () => {
    const postgres = compose.services.postgres;
    expect(postgres.image).toMatch(/^postgres:\d+/);
    expect(postgres.healthcheck?.test).toBeDefined();
    const volume = postgres.volumes?.[0]?.split(':')[0];
    expect(compose.volumes).toHaveProperty(volume!);
  });

  it('runs the server from the Dockerfile against PostgreSQL through DATABASE_URL, after PostgreSQL is healthy', () => {
    const servers = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);
    expect(servers.length).toBeGreaterThanOrEqual(1);
    for (const [, server] of servers) {
      expect(env(server).DATABASE_URL).toMatch(/^postgres(ql)?:\/\/.+@postgres:5432\//);
      expect(env(server).SEED_DEMO).toBeDefined();
      expect(server.depends_on?.postgres?.condition).toBe('service_healthy');
      expect(server.healthcheck?.test).toBeDefined();
    }
  });

  it('scales out: two instances on one Redis behind a load balancer that upgrades WebSockets, all checked on /readyz', () => {
    const servers = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);
    expect(servers.length).toBeGreaterThanOrEqual(2);
    const redis = compose.services.redis;
    expect(redis.image).toMatch(/^redis:\d+/);
    expect(redis.healthcheck?.test).toBeDefined();
    for (const [, server] of servers) {
      expect(env(server).REDIS_URL).toBe('redis://redis:6379');
      expect(server.depends_on?.redis?.condition).toBe('service_healthy');
      expect(JSON.stringify(server.healthcheck?.test)).toContain('/readyz');
    }
    const [, lb] = Object.entries(compose.services).find(([, s]) => /^(nginx|haproxy)/.test(s.image ?? ''))!;
    expect(lb.ports?.map((p) => String(p).split(':')[0])).toContain('4000');
    for (const [name] of servers) expect(lb.depends_on?.[name]?.condition).toBe('service_healthy');
    const mounted = lb.volumes!.map((v) => v.split(':')[0]).find((v) => v.startsWith('./'))!;
    const config = fs.readFileSync(path.join(ROOT, mounted), 'utf8');
    for (const [name] of servers) expect(config).toContain(`server ${name}:4000`);
    expect(config).toMatch(/location ~ \^\/\(graphql\|collab\)\$/);
    expect(config).toMatch(/proxy_set_header Upgrade \$http_upgrade/);
  });

  it('has a Dockerfile that builds, then runs as a non-root user', () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER (?!root)\w+/m);
    expect(dockerfile).toMatch(/^CMD .*main\.js/m);
  });
});
