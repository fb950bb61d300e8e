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
}

export interface SessionSummary extends SessionFacts {
  scenarioTitle: Localized;
  traineeName: string;
}

/** One finished contact in a trainee's progress: the score per ability of the standard. */
export interface ProgressEntry {
  sessionId: string;
  scenarioId: string;
  scenarioTitle: Localized;
  endedAt: number;
  percent: number | null;
  passed: boolean | null;
  practice: boolean;
  abilities: Record<string, number>;
}

export interface RosterEntry {
  traineeId: string;
  displayName: string;
  classId: string | null;
  connected: boolean;
  status: AgentStatus;
  sessionId: string | null;
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
  status: 'met' | 'missed' | 'notApplicable';
  /** Sequence numbers of the events that earned or lost the item. */
  evidence: number[];
  explanation: Localized;
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

export interface ScoreReport {
  items: ItemResult[];
  abilities: AbilityResult[];
  units: { code: UnitCode; earned: number; possible: number; percent: number | null }[];
  percent: number;
  passed: boolean;
  criticalFailures: string[];
  outcome: string | null;
  kpis: CallKpis;
}
