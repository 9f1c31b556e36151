import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../core/config';

/**
 * Browser security headers for the client and the API (helmet). The CSP allows no inline script;
 * inline styles are allowed because the editor's collaboration cursors and TipTap set style attributes.
 * The client's WebSockets go to the allowed origins (its own by default).
 */
export function securityHeaders(config: Config): RequestHandler {
  const https = new URL(config.publicUrl).protocol === 'https:';
  const sockets = config.allowedOrigins.map((origin) => origin.replace(/^http/, 'ws'));
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...sockets],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Invitation links carry their token in the path: never send it on to another site.
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
  });
}
