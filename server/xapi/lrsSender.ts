import type { XapiSendEntry } from '../../protocol/xapi.js';
import type { AppContext } from '../appContext.js';
import { labLog } from '../logger.js';
import type { LrsSettings, LrsSettingsStore } from './lrsSettings.js';
import type { XapiSendLog } from './sendLog.js';
import { sessionStatements, trimSlash } from './statements.js';
import { voidingStatement } from './voiding.js';

export interface SenderTiming {
  /** How often the sender looks for released sessions to send and failures due for a retry. */
  tickMs: number;
  /** The wait before automatic retry number `attempt + 1`. */
  backoffMs: (attempt: number) => number;
  /** Automatic attempts before the lab stops and waits for the admin's resend. */
  maxAttempts: number;
  /** How long one POST may take before it counts as the LRS being down. */
  requestTimeoutMs: number;
}

/** 30 s, 2 min, 8 min, 32 min, ~2 h: a short outage heals by itself, a long one waits for the admin. */
export const defaultTiming: SenderTiming = {
  tickMs: 1_000,
  backoffMs: (attempt) => 30_000 * 4 ** (attempt - 1),
  maxAttempts: 6,
  requestTimeoutMs: 15_000,
};

/** A refusal sending the same statements again cannot cure (bad statements, wrong key): it waits for a person. */
const worthRetrying = (status: number | null) => status === null || status === 408 || status === 429 || status >= 500;

/**
 * Sends each released session's xAPI statements to the configured LRS once, retries with backoff when
 * the LRS is down, and keeps every attempt in the send log. Nothing is lost: the statements are made
 * again from the session and its review at each attempt, so a session not sent stays due until it is.
 */
export class LrsSender {
  #latest = new Map<string, XapiSendEntry>();
  /** The last attempt the LRS took, per session: the statements it holds now. */
  #lastSent = new Map<string, XapiSendEntry>();
  /** How many review records a sent session had when its statements were last found unchanged: no need to score it again until that grows. */
  #checked = new Map<string, number>();
  #inFlight = new Map<string, Promise<XapiSendEntry | null>>();
  #timer: NodeJS.Timeout | null = null;
  #ticking = false;

  constructor(
    private readonly context: AppContext,
    private readonly settings: LrsSettingsStore,
    private readonly log: XapiSendLog,
    private readonly timing: SenderTiming = defaultTiming,
  ) {
    for (const entry of log.records()) this.#remember(entry);
  }

  #remember(entry: XapiSendEntry): void {
    this.#latest.set(entry.sessionId, entry);
    if (entry.outcome === 'sent') this.#lastSent.set(entry.sessionId, entry);
  }

  start(): void {
    this.#timer = setInterval(() => void this.tick(), this.timing.tickMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    await Promise.all(this.#inFlight.values());
    await this.log.close();
  }

  entries(): readonly XapiSendEntry[] {
    return this.log.records();
  }

  /** Released, ended, answered sessions: the ones whose statements belong in the LRS. */
  #releasedSessions(): string[] {
    return this.context.reviews
      .releases()
      .map((release) => release.sessionId)
      .filter((sessionId) => {
        const record = this.context.registry.record(sessionId);
        return record?.status === 'ended' && !record.notAnswered;
      });
  }

  /** Released sessions the LRS does not hold yet. */
  waiting(): number {
    return this.#releasedSessions().filter((sessionId) => this.#latest.get(sessionId)?.outcome !== 'sent').length;
  }

  isReleased(sessionId: string): boolean {
    return this.#releasedSessions().includes(sessionId);
  }

  /**
   * Whether a sent session's statements changed since (a review after the send): then the LRS is sent a
   * correction. Scored again only when the session's review records grew since it was last found unchanged.
   */
  async #changedSinceSent(sessionId: string, settings: LrsSettings): Promise<boolean> {
    const records = this.context.reviews.recordsOf(sessionId).length;
    if (this.#checked.get(sessionId) === records) return false;
    const statements = await sessionStatements(this.context, sessionId, settings.homePage);
    const held = this.#lastSent.get(sessionId)?.statementIds ?? [];
    const changed = statements?.some((statement) => !held.includes(statement.id)) ?? false;
    if (!changed) this.#checked.set(sessionId, records);
    return changed;
  }

  /** What is due now: never tried, failed before the settings last changed, a retry whose time has come, or a correction. */
  async #nextAttempt(sessionId: string, settings: LrsSettings, now: number): Promise<number | null> {
    const last = this.#latest.get(sessionId);
    if (!last) return 1;
    if (last.outcome === 'sent') return (await this.#changedSinceSent(sessionId, settings)) ? 1 : null;
    if (last.at < settings.savedAt) return 1;
    return last.retryAt !== null && now >= last.retryAt ? last.attempt + 1 : null;
  }

  async tick(): Promise<void> {
    const settings = this.settings.current();
    if (this.#ticking || !settings) return;
    this.#ticking = true;
    try {
      const now = this.context.clock.now();
      for (const sessionId of this.#releasedSessions()) {
        const attempt = await this.#nextAttempt(sessionId, settings, now);
        if (attempt !== null && !this.#inFlight.has(sessionId)) await this.send(sessionId, attempt);
      }
    } finally {
      this.#ticking = false;
    }
  }

  /** The admin's resend: one session now, or every released session whose last attempt failed. */
  async resend(sessionId: string | null): Promise<XapiSendEntry[]> {
    const chosen = sessionId === null ? this.#releasedSessions().filter((id) => this.#latest.get(id)?.outcome === 'failed') : [sessionId];
    const sent: XapiSendEntry[] = [];
    for (const id of chosen) {
      const entry = await this.send(id, 1);
      if (entry) sent.push(entry);
    }
    return sent;
  }

  /** One attempt, logged whatever happens; two attempts at one session never overlap. */
  send(sessionId: string, attempt: number): Promise<XapiSendEntry | null> {
    const running = this.#inFlight.get(sessionId);
    if (running) return running;
    const attemptDone = this.#attempt(sessionId, attempt).finally(() => this.#inFlight.delete(sessionId));
    this.#inFlight.set(sessionId, attemptDone);
    return attemptDone;
  }

  async #attempt(sessionId: string, attempt: number): Promise<XapiSendEntry | null> {
    const settings = this.settings.current();
    if (!settings) return null;
    const records = this.context.reviews.recordsOf(sessionId).length;
    const statements = await sessionStatements(this.context, sessionId, settings.homePage);
    if (!statements) return null;
    // A correction: the statements the LRS holds that are no longer the session's are voided, then their successors sent.
    const held = this.#lastSent.get(sessionId)?.statementIds ?? [];
    const voided = held.filter((id) => !statements.some((statement) => statement.id === id));
    const voiding = voided.map((id) => voidingStatement(id, settings.homePage));
    const batch = voided.length === 0 ? statements : [...voiding, ...statements.filter((statement) => !held.includes(statement.id))];
    const posted = await this.#post(settings, batch);
    const { status } = posted;
    const sent = status !== null && status >= 200 && status < 300;
    const message =
      sent && voided.length > 0
        ? `The LRS took a correction: ${voided.length} statement(s) voided, ${batch.length - voided.length} sent in their place.`
        : posted.message;
    const now = this.context.clock.now();
    const retry = !sent && worthRetrying(status) && attempt < this.timing.maxAttempts;
    const entry: XapiSendEntry = {
      sessionId,
      at: now,
      outcome: sent ? 'sent' : 'failed',
      status,
      message,
      attempt,
      statementIds: statements.map((statement) => statement.id),
      ...(voided.length === 0 ? {} : { voided, voidingIds: voiding.map((statement) => statement.id) }),
      retryAt: retry ? now + this.timing.backoffMs(attempt) : null,
    };
    try {
      await this.log.append(entry);
      this.#remember(entry);
      if (sent) this.#checked.set(sessionId, records);
    } catch (error) {
      // Not logged, so not counted: the session stays due and is tried again at the next tick.
      labLog().error({ sessionId, err: error }, 'the xAPI send log could not be written');
      return null;
    }
    if (!sent) labLog().warn({ sessionId, status, attempt }, 'xAPI statements not accepted by the LRS');
    return entry;
  }

  async #post(settings: LrsSettings, statements: unknown[]): Promise<{ status: number | null; message: string }> {
    const url = `${trimSlash(settings.endpoint)}/statements`;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          Authorization: `Basic ${Buffer.from(`${settings.key}:${settings.secret}`).toString('base64')}`,
        },
        body: JSON.stringify(statements),
        signal: AbortSignal.timeout(this.timing.requestTimeoutMs),
      });
      const text = (await response.text()).slice(0, 300).trim();
      if (response.ok) return { status: response.status, message: `The LRS took ${statements.length} statements.` };
      return { status: response.status, message: `The LRS answered ${response.status}${text ? `: ${text}` : ''}` };
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
      return { status: null, message: `The LRS could not be reached: ${cause}` };
    }
  }
}
