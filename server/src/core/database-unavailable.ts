/**
 * Whether an error means the database cannot be reached or did not answer in time (a temporary
 * condition: try again shortly), as opposed to a bug or a refused statement.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (matches(current)) return true;
    const e = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = e.driverError ?? e.originalError ?? e.cause;
  }
  return false;
}

/** Network errors of the socket to PostgreSQL. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/** What pg and pg-pool say when a connection ends, cannot be made in time, or a query gets no answer. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

function matches(error: unknown): boolean {
  if (typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    // SQLSTATE class 08 (connection exception), shutdown or start-up in progress, statement timeout,
    // too many connections.
    if (/^08/.test(code) || ['57P01', '57P02', '57P03', '57014', '53300'].includes(code)) return true;
  }
  return typeof message === 'string' && DRIVER_MESSAGES.some((m) => message.startsWith(m));
}
