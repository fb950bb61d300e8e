import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { LabLogger } from '../logger.js';

// A request id may come from the reverse proxy in front (X-Request-Id), so one request is found in
// both logs; anything that does not look like an id is replaced, so a client cannot forge log lines.
const requestIdPattern = /^[\w.:-]{1,64}$/;

function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
}

/** One line per API request, with its id (also sent back as X-Request-Id), method, path, status and time. */
export function requestLogging(logger: LabLogger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestId(req);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // The console's files are not worth a line each; the API is what an administrator looks for.
    autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    serializers: {
      // The path without its query string (a search may hold a trainee's words), and no headers but the
      // user agent: cookies stay out even if the redaction list were to miss one.
      req: (req: { id: string; method: string; url: string; headers: Record<string, string>; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
        remoteAddress: req.remoteAddress,
        userAgent: req.headers['user-agent'],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
