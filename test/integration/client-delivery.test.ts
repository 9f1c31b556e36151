import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestServer, type TestServer } from '../support/server';

// A stand-in for the built client: a content-hashed chunk as Vite names them, large enough to be worth compressing.
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-client-'));
const chunk = `export const pages = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `side ${i}`))};`;
fs.mkdirSync(path.join(clientDir, 'assets'));
fs.writeFileSync(
  path.join(clientDir, 'index.html'),
  `<!doctype html><html lang="da"><title>Samskriv</title>${'<!-- padding -->'.repeat(100)}` +
    '<script type="module" src="/assets/index-AbC123xy.js"></script></html>',
);
fs.writeFileSync(path.join(clientDir, 'assets/index-AbC123xy.js'), chunk);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: 'production', CLIENT_DIR: clientDir } });
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

/** The raw bytes as sent, without the automatic decompression of fetch. */
function get(url: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
          const parts: Buffer[] = [];
          response.on('data', (part: Buffer) => parts.push(part));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(parts),
            }),
          );
        })
        .on('error', reject);
    },
  );
}

describe('delivering the client', () => {
  it('compresses a hashed asset with brotli or gzip as the browser accepts, and sends it plain to one that accepts neither', async () => {
    const url = `${server.url}/assets/index-AbC123xy.js`;
    const brotli = await get(url, 'gzip, deflate, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe(chunk);
    expect(brotli.body.length).toBeLessThan(chunk.length / 3);

    const gzip = await get(url, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(chunk);

    const plain = await get(url, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(chunk);
  });

  it('lets the browser keep a hashed asset for a year without asking again, but revalidates the page itself', async () => {
    const asset = await get(`${server.url}/assets/index-AbC123xy.js`, 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    for (const page of ['/', '/login', '/chapters/some-chapter']) {
      const html = await get(`${server.url}${page}`, 'gzip');
      expect(html.status).toBe(200);
      expect(html.headers['cache-control']).toBe('no-cache');
      expect(html.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(html.body).toString()).toContain('/assets/index-AbC123xy.js');
    }
  });

  it('answers a chunk of an older deploy with 404, never with the page (which the browser would cache as script)', async () => {
    const missing = await get(`${server.url}/assets/ChapterPage-Old00000.js`, 'gzip');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBeUndefined();
    expect(missing.body.length).toBe(0);
  });
});
