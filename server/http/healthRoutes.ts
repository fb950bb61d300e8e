import { Router } from 'express';
import type { AppContext } from '../appContext.js';
import { readiness, type HealthSettings } from '../health/labHealth.js';

/**
 * The probes a load balancer or a supervisor calls, without logging in. /healthz says only that the
 * process answers; /readyz whether it can take calls now. Neither names a path or a figure.
 */
export function healthRoutes(context: AppContext, settings: HealthSettings): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    const checks = await readiness(context, settings);
    const failed = Object.entries(checks)
      .filter(([, passes]) => !passes)
      .map(([check]) => check);
    res
      .status(failed.length === 0 ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json(failed.length === 0 ? { ok: true, checks } : { ok: false, failed, checks });
  });
  return router;
}
