import { describe, expect, it } from 'vitest';
import { labPerFile } from '../support/lab.js';

const plain = labPerFile();
const secure = labPerFile({ secureCookies: true });

const headersOf = async (baseUrl: string) => (await fetch(`${baseUrl}/api/auth/me`)).headers;

describe('security headers follow the way the lab is served', () => {
  it('over plain HTTP asks the browser to upgrade nothing and pins no HTTPS', async () => {
    const headers = await headersOf(plain.lab.baseUrl);
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(headers.get('strict-transport-security')).toBeNull();
  });

  it('behind HTTPS (LAB_SECURE_COOKIES=1) upgrades requests and sends HSTS', async () => {
    const headers = await headersOf(secure.lab.baseUrl);
    expect(headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
