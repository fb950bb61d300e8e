import type { Result } from '../../../protocol/result.js';
import type { LrsSettingsRequest, XapiAdminView } from '../../../protocol/xapi.js';
import { i18next } from '../i18n/setup.js';

/**
 * The admin's xAPI routes (server/http/xapiRoutes.ts), kept out of the shared HttpApi table so this
 * area's routes live beside each other. Never throws: a network failure is an error result.
 */
async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Result<XapiAdminView>> {
  try {
    const response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as Result<XapiAdminView>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: i18next.t('errors.network') } };
  }
}

export const xapiApi = {
  view: () => call('GET', '/api/admin/xapi'),
  saveSettings: (settings: LrsSettingsRequest) => call('POST', '/api/admin/xapi/settings', settings),
  resend: (sessionId: string | null) => call('POST', '/api/admin/xapi/resend', { sessionId }),
};
