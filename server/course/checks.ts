import { createHash } from 'node:crypto';
import type { CheckReport, CheckSitting, CheckView, QuizQuestion, SignedCheck, TraineeCheck } from '../../protocol/courseChecks.js';
import { units, type UnitCode } from '../../protocol/standard.js';
import type { LabDocuments, SessionRecord } from '../store/documents.js';
import { checkCallScore, type CallScores } from './checkEvidence.js';
import type { CheckRecord, CheckSignOffRecord, CourseRecord } from './courseRecordTypes.js';
import bank from './ufQuestionBank.json' with { type: 'json' };

interface BankQuestion extends QuizQuestion {
  answer: number;
}
/** The bank with its answers: it never leaves the server; trainees get `QuizQuestion`s. */
const questions = new Map<string, BankQuestion>(
  Object.entries(bank.questions as Record<string, Omit<BankQuestion, 'code'>[]>).flatMap(([code, list]) =>
    list.map((question) => [question.id, { ...question, code }] as const),
  ),
);
export const knowledgeCodes = (unit: UnitCode): string[] =>
  units.find((candidate) => candidate.code === unit)?.knowledge.map((item) => item.code) ?? [];
export const bankSize = (code: string) => [...questions.values()].filter((question) => question.code === code).length;

/** The check's questions, `perCode` per knowledge code of the unit, drawn from the check's id so a replay draws the same. */
export function drawQuestions(unit: UnitCode, perCode: number, seed: string): string[] {
  const rank = (id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');
  return knowledgeCodes(unit).flatMap((code) =>
    [...questions.values()]
      .filter((question) => question.code === code)
      .sort((a, b) => rank(a.id).localeCompare(rank(b.id)))
      .slice(0, perCode)
      .map((question) => question.id),
  );
}

const withoutAnswer = ({ id, code, text, options }: BankQuestion): QuizQuestion => ({ id, code, text, options });

export const checksOf = (records: readonly CourseRecord[]): CheckRecord[] =>
  records.filter((record): record is CheckRecord => record.type === 'check');

export function checkView(documents: LabDocuments, check: CheckRecord): CheckView {
  return {
    id: check.id,
    classId: check.classId,
    className: documents.classes.find((group) => group.id === check.classId)?.name ?? check.classId,
    unit: check.unit,
    scenarioIds: check.scenarioIds,
    opensAt: check.opensAt,
    closesAt: check.closesAt,
    scheduledBy: documents.users.find((user) => user.id === check.by)?.displayName ?? check.by,
    questionCount: check.questionIds.length,
  };
}

/** The signatures of a trainee's check, oldest first; a signature a later one corrects is superseded. */
export function signOffsOf(documents: LabDocuments, records: readonly CourseRecord[], checkId: string, traineeId: string): SignedCheck[] {
  const signed = records.filter(
    (record): record is CheckSignOffRecord =>
      record.type === 'check.signoff' && record.checkId === checkId && record.traineeId === traineeId,
  );
  const corrected = new Set(signed.flatMap((record) => (record.corrects ? [record.corrects] : [])));
  return signed.map(({ type: _type, checkId: _check, ...record }) => ({
    ...record,
    byName: documents.users.find((user) => user.id === record.by)?.displayName ?? record.by,
    superseded: corrected.has(record.id),
  }));
}

/** A trainee's sitting; results (scores, quiz marks) only when `withResults`, for observers. */
export function sittingOf(
  documents: LabDocuments,
  records: readonly CourseRecord[],
  sessions: readonly SessionRecord[],
  check: CheckRecord,
  traineeId: string,
  withResults: boolean,
  scores?: CallScores,
): CheckSitting {
  const mine = records.filter((record) => 'checkId' in record && record.checkId === check.id && record.traineeId === traineeId);
  const started = mine.find((record) => record.type === 'check.started');
  const quiz = mine.find((record) => record.type === 'check.quiz');
  const launched = new Map(
    mine.flatMap((record) => (record.type === 'check.call' ? [[record.scenarioId, record.sessionId] as const] : [])),
  );
  const calls = check.scenarioIds.map((scenarioId) => {
    const sessionId = launched.get(scenarioId) ?? null;
    const session = sessionId ? sessions.find((candidate) => candidate.id === sessionId) : undefined;
    const ended = session?.status === 'ended';
    if (!withResults || !session || !ended) return { scenarioId, sessionId, ended, percent: null };
    const { percent, source } = checkCallScore(session, scores);
    return { scenarioId, sessionId, ended, percent, ...(percent === null ? {} : { source }) };
  });
  const knowledge: CheckSitting['knowledge'] = {};
  const abilities: Record<string, number> = {};
  if (withResults) {
    for (const id of check.questionIds) {
      const question = questions.get(id);
      if (!question) continue;
      const mark = (knowledge[question.code] ??= { right: 0, asked: 0 });
      mark.asked++;
      if (quiz?.type === 'check.quiz' && quiz.answers[id] === question.answer) mark.right++;
    }
    const unitAbilities = new Set(units.find((unit) => unit.code === check.unit)?.abilities.map((ability) => ability.code));
    const scored = calls.flatMap((call) => {
      const session = call.ended && call.sessionId ? sessions.find((candidate) => candidate.id === call.sessionId) : undefined;
      return session ? [checkCallScore(session, scores).abilities] : [];
    });
    for (const code of unitAbilities) {
      const values = scored.flatMap((scores) => (scores[code] === undefined ? [] : [scores[code]]));
      if (values.length > 0) abilities[code] = Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
    }
  }
  return {
    traineeId,
    displayName: documents.users.find((user) => user.id === traineeId)?.displayName ?? traineeId,
    startedAt: started?.at ?? null,
    finishedAt: quiz?.at ?? null,
    calls,
    knowledge,
    abilities,
    signOffs: withResults ? signOffsOf(documents, records, check.id, traineeId) : [],
  };
}

export function traineeCheck(
  documents: LabDocuments,
  records: readonly CourseRecord[],
  sessions: readonly SessionRecord[],
  check: CheckRecord,
  traineeId: string,
): TraineeCheck {
  return {
    ...checkView(documents, check),
    questions: check.questionIds.flatMap((id) => {
      const question = questions.get(id);
      return question ? [withoutAnswer(question)] : [];
    }),
    sitting: sittingOf(documents, records, sessions, check, traineeId, false),
  };
}

export function checkReport(
  documents: LabDocuments,
  records: readonly CourseRecord[],
  sessions: readonly SessionRecord[],
  check: CheckRecord,
  scores?: CallScores,
): CheckReport {
  const trainees = documents.users.filter((user) => user.role === 'trainee' && user.classId === check.classId);
  return {
    ...checkView(documents, check),
    sittings: trainees.map((trainee) => sittingOf(documents, records, sessions, check, trainee.id, true, scores)),
  };
}

/** The signature that counts for a trainee's check: the latest not corrected by another. */
export function currentSignOff(records: readonly CourseRecord[], checkId: string, traineeId: string): CheckSignOffRecord | undefined {
  const signed = records.filter(
    (record): record is CheckSignOffRecord =>
      record.type === 'check.signoff' && record.checkId === checkId && record.traineeId === traineeId,
  );
  const corrected = new Set(signed.flatMap((record) => (record.corrects ? [record.corrects] : [])));
  return signed.filter((record) => !corrected.has(record.id)).at(-1);
}
