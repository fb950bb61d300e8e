import type { AgentStatus } from './roles.js';
import type { UnitCode } from './standard.js';
import type { Channel, Language, TicketPriority } from './vocabulary.js';

export type Localized = { it: string; en: string };

/** What anyone may know of a scenario: no script, no intents, no rubric. */
export interface ScenarioSummary {
  id: string;
  version: number;
  title: Localized;
  summary: Localized;
  kind: string;
  channel: Channel;
  language: Language;
  difficulty: 1 | 2 | 3;
  abilities: string[];
  queue: string;
  voice: { lang: string; rate: number; pitch: number };
  /** For observers only (monitor, replay): the script's states and intents by name; trainees never get the script. */
  labels?: ScriptLabels;
}

/** A scenario's script states and intents, id → name in the interface's languages. */
export interface ScriptLabels {
  states: Record<string, Localized>;
  intents: Record<string, Localized>;
}

/** What the session index holds of every session, and every screen listing sessions shows. */
export interface SessionFacts {
  id: string;
  scenarioId: string;
  traineeId: string;
  status: 'live' | 'ended';
  launchedAt: number;
  endedAt: number | null;
  outcome: string | null;
  percent: number | null;
  passed: boolean | null;
  /** Its log could not be read whole (a damaged line, missing events): what could be read is served, the rest was put aside. */
  damaged?: true;
  /** Ended without ever being answered: not scored, so `percent` and `passed` stay null. */
  notAnswered?: boolean;
}

export interface SessionSummary extends SessionFacts {
  scenarioTitle: Localized;
  traineeName: string;
  /** Launched in exam mode: its trainee sees the result only once an assessor releases it. */
  exam?: true;
  /** An ended exam contact not yet released: a trainee is shown no percent, no pass, only that it awaits release. */
  awaitingRelease?: true;
  /** Who released the exam contact's debrief to its trainee, and when. */
  release?: DebriefRelease;
  /** The reviewed score beside the automatic `percent`, once an assessor confirmed or changed an item (to a trainee: once released). */
  review?: ReviewedResult;
}

/** A reviewed score in a list: what it is, and who reviewed it when. */
export interface ReviewedResult {
  percent: number | null;
  passed: boolean;
  reviewedBy: string;
  reviewedAt: number;
  /** When the review was released to the trainee; null while only the assessors have it. */
  releasedAt: number | null;
  /** The reviewed percent per ability of the standard (the abilities the rubric assesses). */
  abilities: Record<string, number>;
}

/** One finished contact in a trainee's progress: the score per ability of the standard. */
export interface ProgressEntry {
  sessionId: string;
  scenarioId: string;
  scenarioTitle: Localized;
  endedAt: number;
  percent: number | null;
  passed: boolean | null;
  /** Never answered: shown as such, and out of every average. */
  notAnswered: boolean;
  practice: boolean;
  abilities: Record<string, number>;
  /** An exam contact whose result is not yet released: percent, passed and abilities are withheld from the trainee. */
  awaitingRelease?: true;
  /** Launched in exam mode, shown as such in the list of contacts. */
  exam?: true;
  /** The reviewed score beside the automatic `percent`: to a trainee only once the review is released to them. */
  review?: ReviewedResult;
}

export interface RosterEntry {
  traineeId: string;
  displayName: string;
  classId: string | null;
  connected: boolean;
  status: AgentStatus;
  sessionId: string | null;
  /** The live call is an exam, so the roster marks it. */
  sessionExam?: true;
}

export interface Department {
  id: string;
  name: Localized;
  level: 1 | 2;
  referent: string;
  hours: string;
  handles: Localized;
}

export interface Directory {
  company: { name: string; notice: Localized };
  departments: Department[];
  dispositions: { code: string; label: Localized }[];
  ticketCategories: { code: string; label: Localized }[];
}

export interface Colleague {
  /** "anna.russo": how a message's recipient names them. */
  id: string;
  name: string;
  department: string | null;
  role: 'head' | 'referent' | 'deputy';
}

/** What goes where: the first and second level for a kind of request, and when to escalate. */
export interface EscalationRuleView {
  id: string;
  topic: Localized;
  ticketCategories: string[];
  firstLevel: string;
  secondLevel: string | null;
  escalateWhen: Localized;
  neverEscalate: Localized | null;
  suggestedPriority: TicketPriority;
  disposition: string;
  responseTime: Localized;
}

export type ProcessStepView =
  | { kind: 'start' | 'action'; id: string; text: Localized; department: string | null; next: string }
  | { kind: 'decision'; id: string; text: Localized; department: string | null; options: { label: Localized; to: string }[] }
  | { kind: 'end'; id: string; text: Localized; department: string | null };

/** A process diagram (complaint handling, escalation…): steps in reading order, decisions branch. */
export interface ProcessView {
  id: string;
  title: Localized;
  description: Localized;
  articles: string[];
  steps: ProcessStepView[];
}

export interface EmailTemplateView {
  id: string;
  purpose: Localized;
  ticketCategories: string[];
  placeholders: string[];
  translations: Record<Language, { subject: string; body: string }>;
}

/** An offer as the catalogue compares it. */
export interface PlanView {
  id: string;
  name: string;
  kind: string;
  summary: string;
  monthlyFee: number;
  activationFee: number;
  commitmentMonths: number;
  earlyTerminationFee: number;
  onSale: boolean;
  includes: string[];
  conditions: string[];
  products: string[];
  requirements: string | null;
}

/** Everything the console shows beside the databases: org chart, people, escalation rules, processes, templates. */
export interface ConsoleDirectory extends Directory {
  colleagues: Colleague[];
  escalationRules: EscalationRuleView[];
  processes: ProcessView[];
  emailTemplates: EmailTemplateView[];
  plans: PlanView[];
}

export interface ItemResult {
  id: string;
  label: Localized;
  abilities: string[];
  knowledge: string[];
  weight: number;
  critical: boolean;
  /** `byHand`: an item the scenario leaves to the assessor, not yet judged; it counts in no total until it is. */
  status: 'met' | 'missed' | 'notApplicable' | 'byHand';
  /** Sequence numbers of the events that earned or lost the item. */
  evidence: number[];
  explanation: Localized;
  /** Met only after the instructor whispered to the trainee: the seq of that first whisper. */
  coachedAfter?: number;
}

export interface AbilityResult {
  code: string;
  unit: UnitCode;
  earned: number;
  possible: number;
  percent: number | null;
  items: string[];
}

export interface CallKpis {
  timeToAnswerMs: number | null;
  talkTimeMs: number | null;
  holdTimeMs: number;
  afterCallWorkMs: number | null;
  resolvedFirstContact: boolean;
}

interface ScoreDetail {
  items: ItemResult[];
  abilities: AbilityResult[];
  units: { code: UnitCode; earned: number; possible: number; percent: number | null }[];
  criticalFailures: string[];
  outcome: string | null;
  kpis: CallKpis;
}

/**
 * An exam contact's debrief as its trainee gets it until an assessor releases it: the contact is
 * recorded, and nothing of its result (no items, no rubric, no score) is told.
 */
export interface WithheldDebrief {
  state: 'awaitingRelease';
  sessionId: string;
  endedAt: number | null;
}

/** What a debrief request or push brings: the score, or (to a trainee, for an exam not yet released) that it is withheld. */
export type Debrief = ScoreReport | WithheldDebrief;

export const isWithheld = (debrief: Debrief): debrief is WithheldDebrief => 'state' in debrief && debrief.state === 'awaitingRelease';

/** The release of an exam contact's debrief to its trainee: the first review record, kept append-only. */
export interface DebriefRelease {
  sessionId: string;
  releasedBy: string;
  releasedByName: string;
  releasedAt: number;
}

/**
 * The score of a session. A contact never answered is not scored: no percentage at all (not a
 * partial one made of what it could not do wrong), and no item, ability or unit assessed.
 */
export type ScoreReport = ScoreDetail &
  ({ status: 'scored'; percent: number; passed: boolean } | { status: 'notAnswered'; percent: null; passed: false });
