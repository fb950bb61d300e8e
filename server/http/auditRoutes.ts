import type { Router } from 'express';
import { fail, ok } from '../../protocol/result.js';
import { auditOf } from '../audit/watchAudit.js';
import type { AppContext } from '../appContext.js';
import { viewableSession } from '../sessionViews.js';
import { apiRouter } from './apiRouter.js';

/** "Who watched" a call: for assessors and admins, who answer for how the lab is used; never for the people watched. */
export function auditRoutes(context: AppContext): Router {
  const api = apiRouter('/api');
  api.get('/sessions/:id/audit', async (req) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    if (user.role !== 'assessor' && user.role !== 'admin') return fail('FORBIDDEN', 'Only assessors and admins read who watched a call.');
    const found = viewableSession(context, user, req.params.id);
    if (!found.ok) return found;
    return ok(auditOf(context.audit, found.data.record.id, await context.registry.eventsOf(found.data.record.id)));
  });
  return api.router;
}
