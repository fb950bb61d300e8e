import { Router, type Request, type Response } from 'express';
import { describeZodError, fail, ok } from '../../protocol/result.js';
import { lrsSettingsRequestSchema, xapiResendRequestSchema, type XapiAdminView } from '../../protocol/xapi.js';
import { isObserver } from '../access.js';
import type { AppContext } from '../appContext.js';
import { askedSession } from '../review/reviewAccess.js';
import type { LrsSender } from '../xapi/lrsSender.js';
import { viewOf, type LrsSettingsStore } from '../xapi/lrsSettings.js';
import { sessionStatements } from '../xapi/statements.js';
import { respond } from './respond.js';

/** How many attempts the admin page lists. */
const logShown = 200;

/** The address the lab was reached at: the statements' home page when the admin has not named one. */
const originOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/**
 * xAPI: a session's statements as a download (for the session's observers), and the LRS link for the
 * administrator (settings, send log, resend). A plain router: the download is a file, not an envelope.
 */
export function xapiRoutes(context: AppContext, settings: LrsSettingsStore, sender: LrsSender): Router {
  const router = Router();

  router.get('/sessions/:id/xapi', async (req, res) => {
    const access = askedSession(context, req);
    if (!access.ok) return respond(res, access);
    if (!isObserver(access.data.user))
      return respond(res, fail('FORBIDDEN', 'xAPI statements are for instructors, assessors and admins.', { reason: 'roleCannot' }));
    const { record } = access.data.found;
    if (record.status !== 'ended')
      return respond(res, fail('INVALID_STATE', 'The session is still live.', { reason: 'reviewLiveSession' }));
    const statements = await sessionStatements(context, record.id, settings.current()?.homePage || originOf(req));
    if (!statements)
      return respond(
        res,
        fail('INVALID_STATE', 'The call was never answered: there is nothing to report.', { reason: 'reviewNotAnswered' }),
      );
    res.setHeader('Content-Disposition', `attachment; filename="xapi-${record.id}.json"`);
    res.json(statements);
  });

  /** The admin only; everyone else is told who may, and a visitor to log in. */
  const admin = (req: Request, res: Response) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) respond(res, fail('UNAUTHENTICATED', 'Log in first.'));
    else if (user.role !== 'admin') respond(res, fail('FORBIDDEN', 'Only an administrator manages the LRS.', { reason: 'roleCannot' }));
    return user?.role === 'admin';
  };
  const adminView = (): XapiAdminView => ({
    settings: viewOf(settings.current()),
    waiting: sender.waiting(),
    log: sender.entries().slice(-logShown).reverse(),
  });

  router.get('/admin/xapi', (req, res) => {
    if (admin(req, res)) respond(res, ok(adminView()));
  });

  router.post('/admin/xapi/settings', async (req, res) => {
    if (!admin(req, res)) return;
    const parsed = lrsSettingsRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) return respond(res, fail('BAD_REQUEST', describeZodError(parsed.error)));
    const { endpoint, key, secret, homePage } = parsed.data;
    const kept = settings.current()?.secret ?? '';
    try {
      await settings.save({
        endpoint,
        key,
        secret: secret ? secret : kept,
        homePage: homePage || settings.current()?.homePage || originOf(req),
        savedAt: context.clock.now(),
      });
    } catch (error) {
      return respond(res, fail('STORAGE_FAILED', `The LRS settings were not saved: ${(error as Error).message}`));
    }
    respond(res, ok(adminView()));
  });

  router.post('/admin/xapi/resend', async (req, res) => {
    if (!admin(req, res)) return;
    const parsed = xapiResendRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) return respond(res, fail('BAD_REQUEST', describeZodError(parsed.error)));
    if (!settings.current())
      return respond(res, fail('INVALID_STATE', 'No LRS is set: set its address and key first.', { reason: 'lrsNotSet' }));
    const { sessionId } = parsed.data;
    if (sessionId !== null && !sender.isReleased(sessionId))
      return respond(res, fail('NOT_FOUND', 'No released, ended session has this id.'));
    await sender.resend(sessionId);
    respond(res, ok(adminView()));
  });
  return router;
}
