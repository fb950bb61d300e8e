import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface ReceivedPost {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** How the stand-in answers: as a working LRS, refusing the statements, overloaded, or not there at all. */
export type LrsBehaviour = 'accept' | 'badRequest' | 'unavailable' | 'down';

/**
 * A small Learning Record Store on loopback for the tests: it records every statement POST it gets
 * and answers as the test tells it. "down" cuts the connection without an answer, as a dead host would.
 */
export async function startLrsStandIn() {
  const received: ReceivedPost[] = [];
  let behaviour: LrsBehaviour = 'accept';
  const server = createServer((req, res) => {
    if (behaviour === 'down') {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Kept as text: the test says what was wrong with it.
      }
      received.push({ path: req.url ?? '', headers: req.headers, body });
      if (behaviour === 'badRequest') {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('Statement rejected: unknown property');
        return;
      }
      if (behaviour === 'unavailable') {
        res.writeHead(503).end();
        return;
      }
      const ids = Array.isArray(body) ? body.map((statement: { id?: string }) => statement.id) : [];
      res.writeHead(200, { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' }).end(JSON.stringify(ids));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    received,
    answer(next: LrsBehaviour) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
