type Fields = Record<string, unknown>;

const write = (level: string, event: string, fields: Fields) => {
  if (process.env.LOG_LEVEL === 'silent') return;
  const line = JSON.stringify({ at: new Date().toISOString(), level, event, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
};

/** Structured one-line logs. Never pass passwords, tokens or session ids. */
export const log = {
  info: (event: string, fields: Fields = {}) => write('info', event, fields),
  warn: (event: string, fields: Fields = {}) => write('warn', event, fields),
  error: (event: string, fields: Fields = {}) => write('error', event, fields),
  /** Logins, failures, authorization denials, role changes, exports (DESIGN.md §7). */
  security: (event: string, fields: Fields = {}) => write('security', event, fields),
};
