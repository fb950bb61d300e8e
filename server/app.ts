import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import express, { type NextFunction, type Request, type Response } from 'express';
import { fail } from '../protocol/result.js';
import { loadVesuvioDesk } from '../scenarios/company/vesuvioDesk.js';
import type { CompanyDesk } from '../scenarios/company/desk.js';
import type { AppContext } from './appContext.js';
import { publicUser, signedInUser } from './auth/currentUser.js';
import { UserStore } from './auth/userStore.js';
import { hashPassword } from './auth/password.js';
import { systemClock, type Clock } from './clock.js';
import { createSocketGateway } from './gateway/socketGateway.js';
import type { LabServer } from './gateway/types.js';
import { adminRoutes } from './http/adminRoutes.js';
import { authRoutes } from './http/authRoutes.js';
import { courseRoutes } from './http/courseRoutes.js';
import { attendanceRoutes } from './http/attendanceRoutes.js';
import { checkRoutes } from './http/checkRoutes.js';
import { admissionRoutes } from './http/admissionRoutes.js';
import { ConsoleWatch } from './course/consoleWatch.js';
import { openCourseLog } from './course/courseLog.js';
import { CheckCalls } from './course/checkCalls.js';
import { healthRoutes } from './http/healthRoutes.js';
import { defaultMinFreeDiskBytes, type HealthSettings } from './health/labHealth.js';
import { labRoutes } from './http/labRoutes.js';
import { reviewRoutes } from './http/reviewRoutes.js';
import { traineeReviewRoutes } from './http/traineeReviewRoutes.js';
import { reviewQueueRoutes } from './http/reviewQueueRoutes.js';
import { calibrationRoutes } from './http/calibrationRoutes.js';
import { exportRoutes } from './http/exportRoutes.js';
import { openXapi } from './xapi/openXapi.js';
import type { SenderTiming } from './xapi/lrsSender.js';
import { competencyRoutes } from './http/competencyRoutes.js';
import { kpiRoutes } from './http/kpiRoutes.js';
import { kpiCsvRoutes } from './http/kpiCsvRoutes.js';
import { dossierRoutes } from './http/dossierRoutes.js';
import { openKpiTargetLog } from './competency/kpiTargetLog.js';
import { respond } from './http/respond.js';
import { sameOriginWrites } from './auth/sameOrigin.js';
import { loginAttempts, securityHeaders } from './http/protection.js';
import { requestLogging } from './http/requestLogging.js';
import { openCallQueue } from './queue/openCallQueue.js';
import { labLog, type LabLogger } from './logger.js';
import { Presence } from './runtime/presence.js';
import { SessionRegistry } from './runtime/sessionRegistry.js';
import type { ScenarioCatalog } from './scenarioCatalog.js';
import type { DocumentStore } from './store/documentStore.js';
import type { SessionIndex } from './store/sessionIndex.js';
import type { EventLogStore } from './store/eventLog.js';
import type { ReviewStore } from './store/reviewLog.js';
import { openWatchAudit } from './audit/watchAudit.js';
import { auditRoutes } from './http/auditRoutes.js';
import type { ScenarioVersionStore } from './store/scenarioVersions.js';

export interface ApplicationOptions {
  documents: DocumentStore;
  sessions: SessionIndex;
  log: EventLogStore;
  /** The assessors' append-only records (openReviewLog, or memoryReviewLog for a lab that keeps nothing). */
  reviews: ReviewStore;
  /** The scenario versions sessions were launched with (scenario-versions/ in the data folder). */
  versions: ScenarioVersionStore;
  catalog: ScenarioCatalog;
  clock?: Clock;
  desk?: CompanyDesk;
  /** The built client to serve; null serves only the API (tests of the protocol). */
  staticDir?: string | null;
  secureCookies?: boolean;
  /** Reverse proxies in front of the lab whose X-Forwarded-For is believed (0: none, the client's address is the socket's). */
  trustProxyHops?: number;
  /** Demo mode: the demo accounts (seed.ts) may log in with their well-known passwords. */
  demo?: boolean;
  newId?: () => string;
  newSeed?: () => number;
  /** Socket events a connection may send per second; 0 disables the limit. */
  socketEventsPerSecond?: number;
  /** The data folder, whose free disk space /readyz and the admin page check; omitted, no disk check. */
  dataDir?: string;
  /** /readyz fails below this much free space in the data folder (100 MB by default). */
  minFreeDiskBytes?: number;
  /** Where requests and problems are logged; the process-wide logger (logger.ts) when not given. */
  logger?: LabLogger;
  /** How the xAPI sender paces its sends and retries (tests shorten it). */
  xapiTiming?: SenderTiming;
}

export interface Application {
  context: AppContext;
  io: LabServer;
  /** Starts listening; port 0 picks a free port. Resolves with the port. */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export async function createApplication(options: ApplicationOptions): Promise<Application> {
  const clock = options.clock ?? systemClock;
  const desk = options.desk ?? loadVesuvioDesk();
  if (!options.documents.data.cookieSecret) {
    await options.documents.update((data) => void (data.cookieSecret = randomBytes(32).toString('hex')));
  }
  const users = new UserStore(options.documents);
  const registry = new SessionRegistry({
    users,
    sessions: options.sessions,
    log: options.log,
    clock,
    desk,
    catalog: options.catalog,
    newId: options.newId ?? (() => randomBytes(9).toString('base64url')),
    newSeed: options.newSeed ?? (() => randomBytes(4).readUInt32BE()),
    reviews: options.reviews,
    versions: options.versions,
  });
  const demo = options.demo ?? false;
  const signedIn = (cookieHeader: string | undefined) =>
    signedInUser(cookieHeader, { users, cookieSecret: options.documents.data.cookieSecret, now: clock.now(), demo });
  const presence = new Presence();
  const kpiTargets = await openKpiTargetLog(options.dataDir ?? null);
  const queue = await openCallQueue(
    { clock, catalog: options.catalog, registry, presence, users, documents: options.documents },
    options.dataDir ?? null,
  );
  const context: AppContext = {
    documents: options.documents,
    sessions: options.sessions,
    log: options.log,
    clock,
    desk,
    catalog: options.catalog,
    registry,
    reviews: options.reviews,
    presence,
    queue,
    course: await openCourseLog(options.documents, options.dataDir ?? null),
    audit: await openWatchAudit(options.dataDir ? path.join(options.dataDir, 'audit.jsonl') : null),
    users,
    secureCookies: options.secureCookies ?? false,
    demo,
    dummyPasswordHash: await hashPassword(randomBytes(8).toString('hex')),
    signedIn,
    userOf: (cookieHeader) => {
      const user = signedIn(cookieHeader);
      return user && !user.mustChangePassword ? publicUser(user) : null;
    },
  };

  const xapi = await openXapi(context, options.dataDir ?? null, options.xapiTiming);
  const logger = options.logger ?? labLog();
  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy every request comes from the proxy: the login limit needs the client's own address.
  if (options.trustProxyHops) app.set('trust proxy', options.trustProxyHops);
  app.use(requestLogging(logger));
  app.use(securityHeaders(options.secureCookies ?? false));
  app.use('/api', sameOriginWrites);
  app.use(express.json({ limit: '64kb' }));
  const health: HealthSettings = {
    dataDir: options.dataDir ?? null,
    minFreeDiskBytes: options.minFreeDiskBytes ?? defaultMinFreeDiskBytes,
    startedAt: performance.now(),
    // Asked only by a request, once the socket server below exists.
    connectedUsers: () => new Set([...io.of('/').sockets.values()].map((socket) => socket.data.user.id)).size,
  };
  app.use(healthRoutes(context, health));
  app.use('/api/auth/login', loginAttempts());
  app.use('/api/auth', authRoutes(context));
  app.use('/api', labRoutes(context));
  app.use('/api', auditRoutes(context));
  app.use('/api', reviewRoutes(context));
  app.use('/api', traineeReviewRoutes(context));
  app.use('/api', reviewQueueRoutes(context));
  app.use('/api', calibrationRoutes(context));
  app.use('/api', exportRoutes(context));
  app.use('/api', xapi.routes);
  app.use('/api', competencyRoutes(context));
  app.use('/api', kpiRoutes(context, kpiTargets));
  app.use('/api', kpiCsvRoutes(context, kpiTargets));
  app.use('/api', dossierRoutes(context, kpiTargets));
  app.use('/api', adminRoutes(context, health));
  app.use('/api', courseRoutes(context));
  const consoleWatch = await ConsoleWatch.open(context, options.dataDir ?? null);
  const consoleTime = consoleWatch.time;
  app.use('/api', attendanceRoutes(context, consoleTime));
  const checkCalls = new CheckCalls(context);
  app.use('/api', checkRoutes(context, checkCalls));
  app.use('/api', admissionRoutes(context, consoleTime));
  app.use('/api', (_req, res) => respond(res, fail('NOT_FOUND', 'No such API route.')));
  if (options.staticDir) {
    const staticDir = options.staticDir;
    app.use(express.static(staticDir, { index: 'index.html' }));
    app.get('/{*splat}', (_req, res) => res.sendFile(path.join(staticDir, 'index.html')));
  }
  // Malformed JSON, oversized bodies and anything unexpected end as a typed error, never a crash.
  app.use((error: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    if (error.type === 'entity.too.large') return respond(res, fail('BAD_REQUEST', 'The request body is too large.'));
    if (error.status && error.status < 500) return respond(res, fail('BAD_REQUEST', `The request body is not valid: ${error.message}`));
    req.log.error({ err: error }, 'HTTP handler failed');
    respond(res, fail('INTERNAL', 'Something went wrong on the server; nothing was changed.'));
  });

  const httpServer = createServer(app);
  const io = createSocketGateway(httpServer, context, options.socketEventsPerSecond ?? 30);
  consoleWatch.follow(io);
  checkCalls.follow();
  await registry.restore();
  queue.start();
  consoleWatch.start();

  return {
    context,
    io,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      // The trainees still at the console are there up to the stop: their stretches are kept now.
      await consoleWatch.stop();
      registry.dispose();
      await queue.stop();
      await xapi.close();
      // The HTTP server's close waits for every connection: a client that sent half a request, or a
      // browser holding a keep-alive connection, would hold the lab's shutdown for ever. It stops
      // listening first and cuts the HTTP connections left; Socket.IO then closes its own sockets.
      httpServer.close();
      httpServer.closeAllConnections();
      await io.close();
      await options.log.close();
      await options.sessions.close();
      await options.reviews.close();
      await context.audit.close();
      await kpiTargets.close();
      await context.course.close();
    },
  };
}
