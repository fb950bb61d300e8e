import type { HttpApi } from '../../../protocol/http.js';
import type { Result } from '../../../protocol/result.js';
import { i18next } from '../i18n/setup.js';

type Route = keyof HttpApi;
type RouteBody<R extends Route> = HttpApi[R]['body'];
type RouteResponse<R extends Route> = HttpApi[R]['response'];

/** Fills `:name` placeholders; ids are encoded so a strange id cannot change the path. */
function buildPath(route: Route, params: Record<string, string>): { method: string; path: string } {
  const [method = 'GET', template = '/'] = route.split(' ');
  const path = template.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  return { method, path };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

/** Calls the lab's HTTP API; never throws: network and server failures come back as error results. */
export async function callApi<R extends Route>(
  route: R,
  options: { params?: Record<string, string>; body?: RouteBody<R> } = {},
): Promise<Result<RouteResponse<R>>> {
  const { method, path } = buildPath(route, options.params ?? {});
  const hasBody = options.body !== undefined && options.body !== null;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: hasBody ? { Accept: 'application/json', 'Content-Type': 'application/json' } : { Accept: 'application/json' },
      body: hasBody ? JSON.stringify(options.body) : undefined,
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: i18next.t('errors.network') } };
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  if (isResult(payload)) return payload as Result<RouteResponse<R>>;
  return {
    ok: false,
    error: {
      code: response.status === 503 ? 'STORAGE_FAILED' : 'INTERNAL',
      message: i18next.t('errors.badResponse', { status: response.status }),
    },
  };
}
