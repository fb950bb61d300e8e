import { io, type Socket } from 'socket.io-client';

/**
 * One socket.io-client over websocket to the loopback server, connected or rejected. Untyped here;
 * the caller assigns it to its typed socket (as test/support/lab.ts does).
 */
export function connectSocket(
  url: string,
  options: { cookie?: string; query?: Record<string, string>; onServerMessage?: () => void },
): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: 60_000,
    ...(options.cookie ? { extraHeaders: { cookie: options.cookie } } : {}),
    ...(options.query ? { query: options.query } : {}),
  });
  // Every message the server sends, acks included (engine.io 'message' packets; pings are not counted).
  const { onServerMessage } = options;
  if (onServerMessage)
    socket.io.on('open', () => socket.io.engine.on('packet', (packet) => packet.type === 'message' && onServerMessage()));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.disconnect();
      reject(error);
    });
  });
}

/** Runs `work` over every item with at most `limit` at a time, keeping the results in order. */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
