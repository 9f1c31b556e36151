/**
 * The collab socket's contract for temporary failures. The server closes a socket with this code (the
 * WebSocket registry's 1013 "Try Again Later") when it could not reach its database; the client then
 * reconnects and resyncs, and does not treat it as a refusal.
 */
export const TRY_AGAIN_CLOSE = { code: 1013, reason: 'storage-unavailable' } as const;

/**
 * The browser's reconnect backoff for the collab socket (Hocuspocus provider options): after a close it
 * waits `delay`, then retries with full jitter between `minDelay` and a delay growing by `factor`, never
 * more than `maxDelay` — so once the server is back every client is in again within a few seconds.
 */
export const COLLAB_RECONNECT = {
  delay: 1000,
  minDelay: 500,
  factor: 2,
  maxDelay: 4000,
  jitter: true,
} as const;
