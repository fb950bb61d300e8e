import { describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { connectAs, labPerFile, login, type LabClient } from '../support/lab.js';

const floor = labPerFile();
const { sockets } = floor;

/** The error a refused handshake brings, as the console's socket receives it. */
function refusal(cookie: string): Promise<{ message: string; data?: unknown }> {
  const socket: LabClient = connect(floor.lab.baseUrl, {
    extraHeaders: { cookie },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('the socket was let in')));
    socket.once('connect_error', (error: Error & { data?: unknown }) => resolve({ message: error.message, data: error.data }));
  });
}

describe('sockets per user', () => {
  it('lets a user open 10 sockets and refuses the 11th with a clear error, until one closes', async () => {
    const cookie = await login(floor.lab.baseUrl, 'allievo1', 'allievo');
    const open = await Promise.all(Array.from({ length: 10 }, () => connectAs(floor.lab.baseUrl, cookie)));
    sockets.push(...open);
    expect(open.every((socket) => socket.connected)).toBe(true);
    expect(await refusal(cookie)).toEqual({ message: 'TOO_MANY_CONNECTIONS', data: { message: expect.stringMatching(/10 connections/) } });
    // Another user is not affected, even from the same address.
    sockets.push(await connectAs(floor.lab.baseUrl, await login(floor.lab.baseUrl, 'allievo2', 'allievo')));
    open[0]!.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await connectAs(floor.lab.baseUrl, cookie);
    sockets.push(again);
    expect(again.connected).toBe(true);
  });
});
