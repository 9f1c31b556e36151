import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
/** The compiled server: tests run exactly what `npm start` runs. */
export const SERVER_MAIN = path.join(ROOT, 'server/dist/server/src/main.js');
export const SERVER_DIST = path.join(ROOT, 'server/dist/server/src');
export const STATE_FILE = path.join(ROOT, 'node_modules/.cache/samskriv-test-db.json');
