import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { projectRoot } from '../../server/projectRoot.js';
import { freePort, serverProcessExit } from '../support/serverProcess.js';

describe('the lab settings', () => {
  it('has a default for every setting', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      dataDir: path.join(projectRoot, 'data'),
      secureCookies: false,
      demo: false,
      socketEventsPerSecond: 30,
      logLevel: 'info',
      trustProxyHops: 0,
      minFreeDiskBytes: 100 * 1024 * 1024,
      staticDir: path.join(projectRoot, 'dist', 'client'),
    });
  });

  it('reads what the environment and the command line say', () => {
    const config = readConfig(
      {
        PORT: '8080',
        LAB_DATA_DIR: '/srv/lab',
        LAB_SECURE_COOKIES: '1',
        LAB_SOCKET_EVENTS_PER_SECOND: '0',
        LAB_LOG_LEVEL: 'warn',
        LAB_MIN_FREE_DISK_MB: '500',
        LAB_TRUST_PROXY: '1',
      },
      ['--demo'],
    );
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/srv/lab',
      secureCookies: true,
      demo: true,
      socketEventsPerSecond: 0,
      logLevel: 'warn',
      minFreeDiskBytes: 500 * 1024 * 1024,
      trustProxyHops: 1,
    });
  });

  it('names every wrong variable and its value', () => {
    expect(() => readConfig({ PORT: '80a', LAB_DEMO: 'yes', LAB_LOG_LEVEL: 'loud' })).toThrow(
      /PORT="80a": PORT must be a whole number[\s\S]*LAB_DEMO="yes": LAB_DEMO must be 1 \(on\) or 0 \(off\)[\s\S]*LAB_LOG_LEVEL="loud"/,
    );
  });
});

describe('a lab started with a wrong setting', () => {
  const start = async (env: Record<string, string>) =>
    serverProcessExit(await mkdtemp(path.join(tmpdir(), 'lab-config-')), await freePort(), { env });

  it('refuses a port that is not a number, naming PORT', async () => {
    const { code, output } = await start({ PORT: 'http' });
    expect(code).not.toBe(0);
    expect(output).toContain('PORT="http": PORT must be a whole number from 0 to 65535');
    expect(output).not.toContain('Centralino Lab on');
  }, 30_000);

  it('refuses a secure-cookies value it cannot read, rather than serving cookies without Secure', async () => {
    const { code, output } = await start({ LAB_SECURE_COOKIES: 'yes' });
    expect(code).not.toBe(0);
    expect(output).toContain('LAB_SECURE_COOKIES="yes": LAB_SECURE_COOKIES must be 1 (on) or 0 (off)');
  }, 30_000);
});
