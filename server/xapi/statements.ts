import { createHash } from 'node:crypto';
import { units } from '../../protocol/standard.js';
import type { ScoreReport } from '../../protocol/views.js';
import type { AppContext } from '../appContext.js';
import { reviewedScore } from '../review/reviewedScore.js';
import type { SessionRecord } from '../store/documents.js';
import { nameBasedUuid } from './statementId.js';
import { isoDuration } from './isoDuration.js';

/**
 * xAPI 1.0.3 statements of one ended, answered session. Made for every such session, reviewed or not
 * (the download serves them all, saying which score they carry); the LRS is sent only released ones.
 */

type LanguageMap = Record<string, string>;

export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name: LanguageMap; description: LanguageMap };
  };
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion: boolean;
    duration: string;
  };
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities: { category: { objectType: 'Activity'; id: string }[]; grouping?: { objectType: 'Activity'; id: string }[] };
    extensions: Record<string, unknown>;
  };
  timestamp: string;
  version: '1.0.3';
}

const adl = 'http://adlnet.gov/expapi';
const verbs = {
  attempted: { id: `${adl}/verbs/attempted`, display: { 'en-US': 'attempted', 'it-IT': 'ha tentato' } },
  completed: { id: `${adl}/verbs/completed`, display: { 'en-US': 'completed', 'it-IT': 'ha completato' } },
  passed: { id: `${adl}/verbs/passed`, display: { 'en-US': 'passed', 'it-IT': 'ha superato' } },
  failed: { id: `${adl}/verbs/failed`, display: { 'en-US': 'failed', 'it-IT': 'non ha superato' } },
} as const;
export type XapiVerb = keyof typeof verbs;

export type SessionMode = 'practice' | 'standard' | 'exam' | 'guided';

/** The statement ids of a session: the same on every build, so a resend is idempotent. */
export const statementIdOf = (sessionId: string, verb: XapiVerb) => nameBasedUuid(`centralino-lab:session:${sessionId}:${verb}`);

/**
 * The id of a reviewed session's result statement: named by its content too, so a review that changes
 * the result (or who confirmed it, and when) makes a new statement with a new id, the old one being
 * voided, as xAPI wants: a statement once stored is never changed. The same review gives the same id.
 */
export const reviewedResultIdOf = (sessionId: string, verb: XapiVerb, content: unknown) =>
  nameBasedUuid(`centralino-lab:session:${sessionId}:${verb}:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`);

/** An address without its trailing slashes, so the lab's IRIs and the LRS's resources never get a double slash. */
export const trimSlash = (address: string) => address.replace(/\/+$/, '');

/** The IRIs the lab names its things with, under its home page. */
export function labIris(homePage: string) {
  const base = trimSlash(homePage);
  return {
    scenario: (id: string) => `${base}/xapi/scenarios/${encodeURIComponent(id)}`,
    ability: (code: string) => `${base}/xapi/standard/abilities/${encodeURIComponent(code)}`,
    standard: `${base}/xapi/standard/operatore-call-center-inbound`,
    classOf: (id: string) => `${base}/xapi/classes/${encodeURIComponent(id)}`,
    extension: (name: string) => `${base}/xapi/extensions/${name}`,
  };
}

/** The handle time (talk, hold, after-call work): how long the trainee worked on the contact. */
const handleTimeMs = (score: ScoreReport) => (score.kpis.talkTimeMs ?? 0) + score.kpis.holdTimeMs + (score.kpis.afterCallWorkMs ?? 0);

async function modeOf(context: AppContext, record: SessionRecord): Promise<SessionMode> {
  if (record.practice) return 'practice';
  if (record.exam) return 'exam';
  const launched = (await context.registry.eventsOf(record.id)).find((event) => event.type === 'session.launched');
  return launched?.type === 'session.launched' && launched.data.mode === 'guided' ? 'guided' : 'standard';
}

/** The statements of a session, or null for one that is live, never answered, or whose scenario is lost. */
export async function sessionStatements(context: AppContext, sessionId: string, homePage: string): Promise<XapiStatement[] | null> {
  const record = context.registry.record(sessionId);
  const scenario = record && context.registry.scenarioOf(record);
  if (!record || !scenario || record.status !== 'ended' || record.notAnswered || record.endedAt === null) return null;
  const scored = await reviewedScore(context, sessionId);
  if (scored?.final.status !== 'scored') return null;
  const score = scored.final;
  const iris = labIris(homePage);
  const trainee = context.users.byId(record.traineeId);
  const knownAbilities = new Set(units.flatMap((unit) => unit.abilities.map((ability) => ability.code)));
  const abilities = Object.fromEntries(
    score.abilities
      .filter((ability) => knownAbilities.has(ability.code))
      .map((ability) => [iris.ability(ability.code), { percent: ability.percent, earned: ability.earned, possible: ability.possible }]),
  );
  const classId = trainee?.classId ?? null;
  const context_ = {
    registration: nameBasedUuid(`centralino-lab:session:${sessionId}`),
    platform: 'Centralino Lab',
    language: scenario.language === 'it' ? 'it-IT' : scenario.language,
    contextActivities: {
      category: [{ objectType: 'Activity' as const, id: iris.standard }],
      ...(classId ? { grouping: [{ objectType: 'Activity' as const, id: iris.classOf(classId) }] } : {}),
    },
    extensions: {
      [iris.extension('session')]: sessionId,
      [iris.extension('scenario')]: { id: scenario.id, version: scenario.version, hash: record.scenarioHash ?? null },
      [iris.extension('mode')]: await modeOf(context, record),
    },
  };
  // The result's own context: the per-ability results and which score they are change with a review;
  // the attempt and completion do not, so their statements stay as first sent.
  const resultContext = {
    ...context_,
    extensions: {
      ...context_.extensions,
      [iris.extension('abilities')]: abilities,
      [iris.extension('score-source')]: { source: scored.source, reviewedBy: scored.reviewedBy, reviewedAt: scored.reviewedAt },
    },
  };
  const base = (verb: XapiVerb, at: number) => ({
    id: statementIdOf(sessionId, verb),
    actor: {
      objectType: 'Agent' as const,
      name: trainee?.displayName ?? record.traineeId,
      account: { homePage: trimSlash(homePage), name: record.traineeId },
    },
    verb: verbs[verb],
    object: {
      objectType: 'Activity' as const,
      id: iris.scenario(scenario.id),
      definition: {
        type: `${adl}/activities/simulation`,
        name: { 'it-IT': scenario.title.it, en: scenario.title.en },
        description: { 'it-IT': scenario.summary.it, en: scenario.summary.en },
      },
    },
    context: context_,
    timestamp: new Date(at).toISOString(),
    version: '1.0.3' as const,
  });
  const duration = isoDuration(handleTimeMs(score));
  const result = {
    // The lab's own percent (critical failures included), so the LRS and the lab's screens agree.
    score: { scaled: Math.round(score.percent * 100) / 10_000, raw: score.percent, min: 0, max: 100 },
    success: score.passed,
    completion: true,
    duration,
  };
  const verb: XapiVerb = score.passed ? 'passed' : 'failed';
  const graded = { ...base(verb, record.endedAt), context: resultContext, result };
  const { id: _automaticId, ...content } = graded;
  return [
    base('attempted', record.launchedAt),
    { ...base('completed', record.endedAt), result: { completion: true, duration } },
    scored.source === 'reviewed' ? { ...graded, id: reviewedResultIdOf(sessionId, verb, content) } : graded,
  ];
}
