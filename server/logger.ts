import { pino, type Logger, type LevelWithSilent } from 'pino';

export type LabLogger = Logger;

/**
 * Never in a log line: the login cookie (sent and set), and any field named like a password wherever it
 * sits. Request bodies and query strings are never logged at all (see requestLogging.ts): they carry
 * passwords and trainees' free text.
 */
export const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'password',
  'currentPassword',
  'newPassword',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
];

/** JSON lines for a log collector; one readable line per record when a person watches the terminal. */
export function createLabLogger(level: LevelWithSilent, readable = Boolean(process.stdout.isTTY)): LabLogger {
  return pino({
    level,
    base: { pid: process.pid },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    ...(readable
      ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid' } } }
      : {}),
  });
}

// The stores, the session registry and the gateway log through this one logger; the server's start
// (main.ts) installs the configured one. Until then, as in tests that build the parts directly, only
// problems are written, so the test output stays readable.
let current: LabLogger = pino({ level: 'warn', redact: { paths: redactedPaths, censor: '[redacted]' } });

export function installLogger(logger: LabLogger): void {
  current = logger;
}

export function labLog(): LabLogger {
  return current;
}
