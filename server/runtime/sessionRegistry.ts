import type { SessionEvent } from '../../protocol/events.js';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { ScoreReport, SessionSummary } from '../../protocol/views.js';
import type { CompanyDesk } from '../../scenarios/company/desk.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import { createSessionCore, rangOutUnended } from '../../scenarios/session/sessionCore.js';
import { rebuildCore } from '../../scenarios/session/recordEvents.js';
import { launchEvents } from '../../scenarios/session/playHeadless.js';
import type { Clock } from '../clock.js';
import type { LaunchMode, Scenario } from '../../scenarios/format/schema.js';
import type { ScenarioCatalog } from '../scenarioCatalog.js';
import type { UserStore } from '../auth/userStore.js';
import type { SessionRecord } from '../store/documents.js';
import type { EventLogStore } from '../store/eventLog.js';
import type { SessionIndex } from '../store/sessionIndex.js';
import type { ReviewStore } from '../store/reviewLog.js';
import type { ScenarioVersionStore } from '../store/scenarioVersions.js';
import { LiveSession } from './liveSession.js';
import { closeRecord, newRecord, recordFromLog } from './sessionRecords.js';
import { labLog } from '../logger.js';
import { rolePlayerOf } from './rolePlayer.js';

export interface RegistryDeps {
  users: UserStore;
  sessions: SessionIndex;
  log: EventLogStore;
  clock: Clock;
  desk: CompanyDesk;
  catalog: ScenarioCatalog;
  newId: () => string;
  newSeed: () => number;
  /** The assessors' releases, which an exam session's summary tells of. */
  reviews: ReviewStore;
  /** The scenario versions sessions were launched with, kept for ever. */
  versions: ScenarioVersionStore;
}

export interface RegistryListeners {
  events(session: LiveSession, events: SessionEvent[], origin: string | null): void;
  updated(record: SessionRecord): void;
  ended(record: SessionRecord, score: ScoreReport): void;
}

/** The floor's sessions: launches them, keeps the live ones running, closes them when they end. */
export class SessionRegistry {
  #live = new Map<string, LiveSession>();
  #liveByTrainee = new Map<string, LiveSession>();
  #closing = new Set<Promise<void>>();
  listeners: RegistryListeners = { events() {}, updated() {}, ended() {} };

  constructor(private readonly deps: RegistryDeps) {}

  record(sessionId: string): SessionRecord | undefined {
    return this.deps.sessions.get(sessionId);
  }

  /**
   * The scenario a session was played with: its kept version, so a later edit or removal of the
   * scenario changes nothing; a session launched before versions were kept falls back to the catalogue's.
   */
  scenarioOf(record: SessionRecord): Scenario | undefined {
    const kept = record.scenarioHash ? this.deps.versions.get(record.scenarioHash) : undefined;
    return kept?.scenario ?? this.deps.catalog.get(record.scenarioId);
  }

  live(sessionId: string): LiveSession | undefined {
    return this.#live.get(sessionId);
  }

  /** Every call running now (the wall of live calls lists them). */
  liveSessions(): IterableIterator<LiveSession> {
    return this.#live.values();
  }

  liveSessionOf(traineeId: string): LiveSession | undefined {
    return this.#liveByTrainee.get(traineeId);
  }

  #goLive(session: LiveSession): void {
    this.#live.set(session.id, session);
    this.#liveByTrainee.set(session.traineeId, session);
  }

  async launch(
    scenarioId: string,
    traineeIds: string[],
    launchedBy: string,
    mode: LaunchMode = 'standard',
  ): Promise<Result<{ sessionIds: string[] }>> {
    const scenario = this.deps.catalog.get(scenarioId);
    if (!scenario) return fail('NOT_FOUND', `No scenario ${scenarioId} is offered.`);
    const busy = traineeIds.filter((id) => this.liveSessionOf(id));
    const free = traineeIds.filter((id) => !busy.includes(id));
    if (free.length === 0) return fail('INVALID_STATE', 'Every trainee named is already on a call.', { reason: 'traineesBusy' });
    let scenarioHash: string;
    try {
      // On disk before any call rings: a session is never without the version it is scored with.
      scenarioHash = await this.deps.versions.keep(scenario, this.deps.desk.dataVersion);
    } catch (error) {
      labLog().error({ err: error, scenarioId }, 'the scenario version could not be kept; no call rings');
      return fail('INTERNAL', 'The launch could not be saved; no call rings.');
    }
    const takenOver = rolePlayerOf(scenario, this.deps.users.byId(launchedBy));
    if (!takenOver.ok) return takenOver;
    const launchedAt = this.deps.clock.now();
    const who = (traineeId: string) => ({ scenarioId, traineeId, launchedBy, mode, scenarioHash });
    const records = free.map((traineeId) => newRecord(this.deps.newId(), who(traineeId), launchedAt));
    // The index is written soon, not waited for: each call's log is the truth, and rebuilds the index after a crash.
    for (const record of records) this.deps.sessions.add(record);
    // Each call rings as soon as its own log is on disk; the calls of a class do not wait for each other.
    const started = await Promise.all(
      records.map(async (record) => {
        const seed = this.deps.newSeed();
        const session = new LiveSession(record.id, record.traineeId, createSessionCore(scenario, seed), [], this.#sessionDeps());
        this.#goLive(session);
        const facts = { seed, traineeId: record.traineeId, launchedBy, mode, startAt: launchedAt, scenarioHash };
        const saved = await session.recordSystem([...launchEvents(scenario, facts), ...takenOver.data], launchedAt);
        if (!saved.ok) {
          labLog().error(
            { sessionId: record.id, traineeId: record.traineeId, scenarioId },
            'a launch could not be saved; the call does not ring',
          );
          this.#abandon(session, record);
          return saved;
        }
        labLog().info({ sessionId: record.id, scenarioId, traineeId: record.traineeId, launchedBy, mode }, 'call launched');
        this.listeners.updated(record);
        return ok(record.id);
      }),
    );
    const failed = started.find((result) => !result.ok);
    if (failed && !failed.ok) return failed;
    const sessionIds = started.flatMap((result) => (result.ok ? [result.data] : []));
    return ok({ sessionIds });
  }

  /** A call whose launch could not be saved never rang: it is forgotten, and its trainee is free again. */
  #abandon(session: LiveSession, record: SessionRecord): void {
    session.dispose();
    this.#live.delete(session.id);
    this.#liveByTrainee.delete(session.traineeId);
    this.deps.sessions.remove(record.id);
  }

  #sessionDeps() {
    return {
      log: this.deps.log,
      clock: this.deps.clock,
      desk: this.deps.desk,
      published: (session: LiveSession, events: SessionEvent[], origin: string | null) => {
        this.listeners.events(session, events, origin);
        if (events.some((event) => event.type === 'session.ended')) {
          const closing = this.#close(session).finally(() => this.#closing.delete(closing));
          this.#closing.add(closing);
        }
      },
    };
  }

  async #close(session: LiveSession): Promise<void> {
    session.dispose();
    this.#live.delete(session.id);
    this.#liveByTrainee.delete(session.traineeId);
    await this.deps.log.release(session.id).catch(() => undefined);
    const record = this.record(session.id);
    const scenario = record && this.scenarioOf(record);
    if (!record || !scenario) return;
    const score = scoreSession(scenario, session.events, session.core.view);
    closeRecord(record, session.core.view, score);
    labLog().info(
      {
        sessionId: record.id,
        scenarioId: record.scenarioId,
        traineeId: record.traineeId,
        outcome: record.outcome,
        percent: record.percent,
      },
      'call ended',
    );
    this.deps.sessions.changed(record);
    this.listeners.updated(record);
    this.listeners.ended(record, score);
  }

  /**
   * After a restart: the index learns the sessions a crash kept out of it, from their logs; every
   * session that was live is rebuilt from its log and its timer re-armed, or closed if its log ended.
   * A live entry whose log never recorded its launch never rang (its launch was not saved): it goes.
   */
  async restore(): Promise<void> {
    const { sessions } = this.deps;
    for (const sessionId of await this.deps.log.list()) {
      const record = sessions.get(sessionId) ? null : recordFromLog(sessionId, await this.deps.log.read(sessionId));
      if (record) sessions.add(record);
    }
    await this.#flagDamaged();
    for (const record of sessions.all().filter((s) => s.status === 'live')) {
      const scenario = this.scenarioOf(record);
      if (!scenario) continue;
      const events = await this.deps.log.read(record.id);
      const launched = events.find((event) => event.type === 'session.launched');
      if (launched?.type !== 'session.launched') {
        sessions.remove(record.id);
        continue;
      }
      let core: ReturnType<typeof rebuildCore>;
      try {
        core = rebuildCore(createSessionCore(scenario, launched.data.seed), events);
      } catch (error) {
        // A damaged log may not replay: the session stays listed, flagged, and the rest of the floor starts.
        labLog().error(
          { err: error, sessionId: record.id },
          `Session ${record.id} could not be resumed from its log; it is flagged damaged`,
        );
        record.damaged = true;
        sessions.changed(record);
        continue;
      }
      if (core.view.phase === 'ended') {
        closeRecord(record, core.view, scoreSession(scenario, events, core.view));
        sessions.changed(record);
        continue;
      }
      const session = new LiveSession(record.id, record.traineeId, core, events, this.#sessionDeps());
      this.#goLive(session);
      // A ring time that passed while the lab was down fires at once: the contact ends, not answered.
      session.armTimer();
      if (rangOutUnended(core)) await session.endUnanswered('system');
    }
    await Promise.all([...this.#closing]);
    await sessions.flush();
  }

  /** Sessions whose logs were found damaged are flagged in the index, and the admin told in the server log. */
  async #flagDamaged(): Promise<void> {
    const { sessions, log } = this.deps;
    for (const damage of await log.damaged()) {
      const kept = damage.copy ? `; the file as it was is kept in ${damage.copy}` : '';
      labLog().error(
        { sessionId: damage.sessionId, file: damage.file, problems: damage.problems, copy: damage.copy },
        `Session ${damage.sessionId} is damaged (${damage.file}): ${damage.problems.join('; ')}. Its readable events are kept${kept}.`,
      );
      const record = sessions.get(damage.sessionId);
      if (!record) {
        labLog().error(
          { sessionId: damage.sessionId },
          `Session ${damage.sessionId} cannot be listed: its launch could not be read from its log`,
        );
        continue;
      }
      if (record.damaged) continue;
      record.damaged = true;
      sessions.changed(record);
    }
  }

  async eventsOf(sessionId: string): Promise<SessionEvent[]> {
    const live = this.#live.get(sessionId);
    return live ? [...live.events] : this.deps.log.read(sessionId);
  }

  /** The seq an action was recorded at, if it was: a resent action after the call ended gets the same answer. */
  async recordedAction(sessionId: string, actionId: string): Promise<number | null> {
    return (await this.eventsOf(sessionId)).find((event) => event.actionId === actionId)?.seq ?? null;
  }

  async scoreOf(sessionId: string): Promise<ScoreReport | null> {
    const record = this.record(sessionId);
    const scenario = record && this.scenarioOf(record);
    if (!scenario) return null;
    return scoreSession(scenario, await this.eventsOf(sessionId));
  }

  summary(record: SessionRecord): SessionSummary {
    const scenario = this.scenarioOf(record);
    const trainee = this.deps.users.byId(record.traineeId);
    return {
      id: record.id,
      scenarioId: record.scenarioId,
      scenarioTitle: scenario?.title ?? { it: record.scenarioId, en: record.scenarioId },
      traineeId: record.traineeId,
      traineeName: trainee?.displayName ?? record.traineeId,
      status: record.status,
      launchedAt: record.launchedAt,
      endedAt: record.endedAt,
      outcome: record.outcome,
      percent: record.percent,
      passed: record.passed,
      ...(record.damaged ? { damaged: true as const } : {}),
      ...this.#examFacts(record),
      notAnswered: record.notAnswered ?? false,
    };
  }

  /** An exam session: whether its debrief awaits release, or who released it and when. */
  #examFacts(record: SessionRecord): Pick<SessionSummary, 'exam' | 'awaitingRelease' | 'release'> {
    if (!record.exam) return {};
    const release = this.deps.reviews.releaseOf(record.id);
    if (!release) return record.status === 'ended' ? { exam: true, awaitingRelease: true } : { exam: true };
    const releasedBy = this.deps.users.byId(release.by);
    return {
      exam: true,
      release: {
        sessionId: record.id,
        releasedBy: release.by,
        releasedByName: releasedBy?.displayName ?? release.by,
        releasedAt: release.at,
      },
    };
  }

  /** Resolves when every live session is idle and every ended one is closed (tests with a manual clock wait on it). */
  async settled(): Promise<void> {
    await Promise.all([...this.#live.values()].map((session) => session.idle()));
    await Promise.all([...this.#closing]);
  }

  dispose(): void {
    for (const session of this.#live.values()) session.dispose();
    this.#live.clear();
    this.#liveByTrainee.clear();
  }
}
