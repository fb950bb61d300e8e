import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './projectRoot.js';

// Every setting the lab reads from its environment, with its default, validated in one place: a wrong
// value stops the start naming the variable, instead of a port NaN or a cookie silently not Secure.
// The README's settings table lists the same variables; keep the two together.

const flag = (name: string) =>
  z
    .enum(['0', '1', 'true', 'false'], { error: `${name} must be 1 (on) or 0 (off)` })
    .default('0')
    .transform((value) => value === '1' || value === 'true');

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a whole number from 0 to 65535' })
    .int('PORT must be a whole number from 0 to 65535')
    .min(0, 'PORT must be a whole number from 0 to 65535')
    .max(65535, 'PORT must be a whole number from 0 to 65535')
    .default(3000),
  LAB_DATA_DIR: z.string().min(1, 'LAB_DATA_DIR must name a folder').default(path.join(projectRoot, 'data')),
  LAB_SECURE_COOKIES: flag('LAB_SECURE_COOKIES'),
  LAB_DEMO: flag('LAB_DEMO'),
  LAB_SOCKET_EVENTS_PER_SECOND: z.coerce
    .number({ error: 'LAB_SOCKET_EVENTS_PER_SECOND must be a whole number, 0 for no limit' })
    .int('LAB_SOCKET_EVENTS_PER_SECOND must be a whole number, 0 for no limit')
    .min(0, 'LAB_SOCKET_EVENTS_PER_SECOND must be a whole number, 0 for no limit')
    .default(30),
  LAB_TRUST_PROXY: z.coerce
    .number({ error: 'LAB_TRUST_PROXY must be the number of reverse proxies in front of the lab (0 for none)' })
    .int('LAB_TRUST_PROXY must be the number of reverse proxies in front of the lab (0 for none)')
    .min(0, 'LAB_TRUST_PROXY must be the number of reverse proxies in front of the lab (0 for none)')
    .max(10, 'LAB_TRUST_PROXY must be the number of reverse proxies in front of the lab (0 for none)')
    .default(0),
  LAB_MIN_FREE_DISK_MB: z.coerce
    .number({ error: 'LAB_MIN_FREE_DISK_MB must be a whole number of megabytes' })
    .int('LAB_MIN_FREE_DISK_MB must be a whole number of megabytes')
    .min(0, 'LAB_MIN_FREE_DISK_MB must be a whole number of megabytes')
    .default(100),
  LAB_LOG_LEVEL: z.enum(logLevels, { error: `LAB_LOG_LEVEL must be one of ${logLevels.join(', ')}` }).default('info'),
});

export interface LabConfig {
  port: number;
  dataDir: string;
  secureCookies: boolean;
  demo: boolean;
  socketEventsPerSecond: number;
  logLevel: (typeof logLevels)[number];
  /** Reverse proxies whose X-Forwarded-For is believed. */
  trustProxyHops: number;
  /** /readyz fails when the data folder's disk has less free space than this. */
  minFreeDiskBytes: number;
  /** The built console served to browsers. */
  staticDir: string;
}

export class ConfigError extends Error {}

/** Reads the lab's settings; throws ConfigError naming every wrong variable. Empty values count as unset. */
export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[] = []): LabConfig {
  const names = Object.keys(environmentSchema.shape) as (keyof typeof environmentSchema.shape)[];
  const given = Object.fromEntries(names.filter((name) => env[name]?.trim()).map((name) => [name, env[name]?.trim()]));
  const parsed = environmentSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  - ${String(issue.path[0])}=${JSON.stringify(given[String(issue.path[0])])}: ${issue.message}`,
    );
    throw new ConfigError(`The lab cannot start: its settings are wrong.\n${problems.join('\n')}\nSee the settings table in README.md.`);
  }
  const settings = parsed.data;
  return {
    port: settings.PORT,
    dataDir: path.resolve(settings.LAB_DATA_DIR),
    secureCookies: settings.LAB_SECURE_COOKIES,
    // Demo mode is asked for explicitly (`npm run demo`): only then do the well-known demo passwords work.
    demo: settings.LAB_DEMO || argv.includes('--demo'),
    socketEventsPerSecond: settings.LAB_SOCKET_EVENTS_PER_SECOND,
    logLevel: settings.LAB_LOG_LEVEL,
    trustProxyHops: settings.LAB_TRUST_PROXY,
    minFreeDiskBytes: settings.LAB_MIN_FREE_DISK_MB * 1024 * 1024,
    staticDir: path.join(projectRoot, 'dist', 'client'),
  };
}
