import busboy from 'busboy';
import express from 'express';
import { SESSION_COOKIE, type SessionService } from '../auth/session.service';
import { readCookie } from '../core/context';
import { isDatabaseUnavailable } from '../core/database-unavailable';
import { AppError, ErrorCode, badInput, forbidden, unauthenticated } from '../core/errors';
import { log } from '../core/logger';
import { MAX_ATTACHMENT_BYTES } from '../modules/notat/registered-response.entity';
import {
  MAX_RESPONSE_LENGTH,
  attachmentTooLarge,
  type Attachment,
  type RegisteredResponseService,
} from '../modules/notat/registered-response.service';
import type { User } from '../modules/users/user.entity';

/**
 * The header every upload must carry. A form on another site cannot send it without a CORS preflight,
 * which this server never grants: the same protection Apollo's CSRF prevention gives /graphql.
 */
export const UPLOAD_HEADER = 'x-samskriv-upload';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

interface Upload {
  fields: Record<string, string>;
  attachment: Attachment | null;
}

/** Reads a multipart body: text fields, and at most one file read up to one byte past the limit. */
function readMultipart(req: express.Request): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: {
          files: 1,
          fields: 10,
          fieldSize: MAX_RESPONSE_LENGTH * 4,
          fileSize: MAX_ATTACHMENT_BYTES + 1,
        },
      });
    } catch {
      return reject(badInput('body', 'Send the response as multipart/form-data'));
    }
    const fields: Record<string, string> = {};
    let attachment: Attachment | null = null;
    let tooLarge = false;
    parser.on('field', (name, value) => (fields[name] = value));
    parser.on('file', (name, stream, info) => {
      if (name !== 'attachment') return void stream.resume();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (tooLarge = true));
      stream.on('end', () => {
        const data = Buffer.concat(chunks);
        if (data.length > 0) attachment = { filename: info.filename ?? '', data };
      });
    });
    parser.on('error', () => reject(badInput('body', 'The upload could not be read')));
    parser.on('close', () => (tooLarge ? reject(attachmentTooLarge()) : resolve({ fields, attachment })));
    req.pipe(parser);
  });
}

function sendError(res: express.Response, error: unknown) {
  if (error instanceof AppError) {
    const code = String(error.extensions.code);
    const http = error.extensions.http as { status?: number } | undefined;
    const { http: _http, ...extensions } = error.extensions;
    return void res
      .status(http?.status ?? STATUS[code] ?? 400)
      .json({ errors: [{ message: error.message, extensions }] });
  }
  if (isDatabaseUnavailable(error))
    return void res
      .status(503)
      .json({ errors: [{ message: 'Try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  log.error('hearing-response.failed', { error: (error as Error).message });
  res
    .status(500)
    .json({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}

/**
 * POST /files/hearing-responses: the coordinator registers a høringssvar received by e-mail or letter
 * (multipart: roundId, organizationId, chapterId, body and an optional PDF `attachment`).
 * GET /files/hearing-responses/:commentId/attachment: its PDF, for whoever may see the response.
 */
export function hearingResponseRouter(
  responses: RegisteredResponseService,
  sessions: SessionService,
  allowedOrigins: string[],
): express.Router {
  const router = express.Router();
  const viewer = async (req: express.Request): Promise<User> => {
    const session = await sessions.userForToken(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (!session) throw unauthenticated();
    return session.user;
  };

  router.post('/', async (req, res) => {
    try {
      const origin = req.headers.origin;
      if (req.headers[UPLOAD_HEADER] !== '1' || (origin && !allowedOrigins.includes(origin)))
        throw forbidden('Uploads come from the application only');
      const user = await viewer(req);
      const { fields, attachment } = await readMultipart(req);
      for (const field of ['roundId', 'organizationId', 'chapterId'])
        if (!UUID_RE.test(fields[field] ?? '')) throw badInput(field, 'Expected an ID');
      const comment = await responses.register(
        user,
        {
          roundId: fields.roundId,
          organizationId: fields.organizationId,
          chapterId: fields.chapterId,
          body: fields.body ?? '',
        },
        attachment,
      );
      res.status(201).json({ data: { commentId: comment.id } });
    } catch (error) {
      // Whatever is left of the body is read and dropped, so the answer reaches the client.
      req.resume();
      sendError(res, error);
    }
  });

  router.get('/:commentId/attachment', async (req, res) => {
    try {
      const user = await viewer(req);
      if (!UUID_RE.test(req.params.commentId)) throw badInput('commentId', 'Expected an ID');
      const file = await responses.attachment(user, req.params.commentId);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="hoeringssvar.pdf"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      res.end(file.data);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
