import { describe, expect, it } from 'vitest';
import net from 'node:net';
import { connectDemo, startLab } from '../support/lab.js';

/** Opens a raw connection to the lab and sends `text`, as a slow or idle client would, and leaves it open. */
async function openConnection(baseUrl: string, text: string): Promise<net.Socket> {
  const url = new URL(baseUrl);
  const connection = net.connect(Number(url.port), url.hostname);
  await new Promise((resolve) => connection.once('connect', resolve));
  connection.on('error', () => undefined);
  connection.write(text);
  return connection;
}

describe('a lab that stops', () => {
  it('stops although a client sent half a request, another holds a keep-alive connection and a console is connected', async () => {
    const lab = await startLab();
    const { socket } = await connectDemo(lab, 'trainee1');
    const halfSent = await openConnection(lab.baseUrl, 'GET /api/auth/me HTTP/1.1\r\nHost: lab\r\n');
    const keptAlive = await openConnection(lab.baseUrl, 'GET /api/auth/me HTTP/1.1\r\nHost: lab\r\nConnection: keep-alive\r\n\r\n');
    await new Promise((resolve) => keptAlive.once('data', resolve));
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const cut = new Promise((resolve) => halfSent.once('close', resolve));

    // Before, the half-sent request held the close for ever (until the connection gave up).
    const stopped = await Promise.race([
      lab.stop().then(() => 'stopped'),
      new Promise((resolve) => setTimeout(resolve, 10_000, 'still waiting')),
    ]);
    expect(stopped).toBe('stopped');
    expect(await disconnected).toBe('transport close');
    await cut;
    socket.disconnect();
    keptAlive.destroy();
  });
});
