import { performance } from 'node:perf_hooks';
import type { Router } from 'express';
import { fail, ok } from '../../protocol/result.js';
import type { AppContext } from '../appContext.js';
import { diskSpace, labVersion, type HealthSettings } from '../health/labHealth.js';
import { apiRouter } from './apiRouter.js';

/** The administrator's view of the running lab: what the admin page shows. */
export function adminRoutes(context: AppContext, settings: HealthSettings): Router {
  const api = apiRouter('/api');
  api.get('/admin/status', async (req) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    if (user.role !== 'admin') return fail('FORBIDDEN', 'Only an administrator sees the state of the lab.');
    const records = context.sessions.all();
    const damaged = records.filter((record) => record.damaged);
    const listed = new Set(records.map((record) => record.id));
    const space = settings.dataDir === null ? null : await diskSpace(settings.dataDir);
    return ok({
      version: labVersion(),
      uptimeMs: Math.round(performance.now() - settings.startedAt),
      liveCalls: records.filter((record) => record.status === 'live').length,
      connectedUsers: settings.connectedUsers(),
      disk: space && { ...space, lowBelowBytes: settings.minFreeDiskBytes },
      damagedSessions: damaged.map((record) => context.registry.summary(record)).sort((a, b) => b.launchedAt - a.launchedAt),
      unlistedDamagedLogs: (await context.log.damaged()).filter((damage) => !listed.has(damage.sessionId)).length,
    });
  });
  return api.router;
}
