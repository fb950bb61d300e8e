import { afterEach } from 'vitest';

interface Closable {
  close(): Promise<void>;
}

/**
 * Wraps an opener so that what it opens is closed after each test, the stores a test "crashes" or
 * reopens included, instead of leaving their files to the garbage collector (which Node warns about).
 */
export function closeAfterEach<A extends unknown[], T extends Closable | Promise<Closable>>(open: (...args: A) => T): (...args: A) => T {
  const opened: (Closable | Promise<Closable>)[] = [];
  afterEach(async () => {
    await Promise.allSettled(opened.splice(0).map(async (made) => (await made).close()));
  });
  return (...args) => {
    const made = open(...args);
    opened.push(made);
    return made;
  };
}
