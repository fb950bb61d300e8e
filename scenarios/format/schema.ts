import { z } from 'zod';
import { emailPattern } from '../../protocol/fieldPatterns.js';
import { identityRuleSchema } from '../company/model/identityRule.js';
import { unitCodes } from '../../protocol/standard.js';
import { channels, consoleEvents, languages, messageUrgencies, outcomes } from '../../protocol/vocabulary.js';

/** The scenario file format: a public, validated contract (documented in scenarios/README.md). */
const id = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,63}$/, 'must be an identifier (letters, digits, _ . -)');
const localized = z.object({ it: z.string().min(1), en: z.string().min(1) });

/** Fields an event's data must have: a script trigger's and a rubric pattern's `where`. */
const whereFields = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional();
/** The standard's codes a scenario and each of its rubric items train (whether each exists is checked against the standard on loading). */
const unitPattern = `(?:${unitCodes.join('|')})`;
const abilityCodes = z.array(z.string().regex(new RegExp(`^${unitPattern}\\.A\\d$`))).min(1);
const knowledgeCodes = z.array(z.string().regex(new RegExp(`^${unitPattern}\\.K\\d{1,2}$`))).default([]);

const variants = z.array(z.string().min(1)).min(1);
/**
 * A caller line: its variants (a call never repeats one verbatim), and optionally the ones said
 * when the caller is impatient (mood -1) or angry (mood -2 and below).
 */
const lineSchema = z.object({ text: variants, impatient: variants.optional(), angry: variants.optional() });
/** Something the caller knows, answered in any state when a reply asks for it: the intents that ask, and the answer. */
const factSchema = lineSchema.extend({ asks: z.array(id).min(1) });
/** The caller's own words for the engine's reactions; those left out are said with the language's stock lines. */
export const reactionNames = [
  'notUnderstood',
  'dontKnow',
  'rude',
  'rudeSupervisor',
  'rudeHangUp',
  'youRepeat',
  'anyoneThere',
  'longHold',
  'stalling',
  'twistAngrier',
] as const;
export type ReactionName = (typeof reactionNames)[number];

/** What moves the script: a reply with an intent, a console action, or a timer expiry. */
const triggerSchema = z.union([
  z.object({ reply: z.union([id, z.literal('*')]) }),
  z.object({
    action: z.enum(consoleEvents),
    where: whereFields,
    /**
     * What the trainee must say for the caller to know the action happened (an intent, or `*`: any
     * reply): until then the transition's and the next state's lines wait. Defaults by action
     * (scenarios/machine/perception.ts); actions the caller perceives itself need none.
     */
    heard: z.union([id, z.literal('*')]).optional(),
  }),
  z.object({ timer: id }),
]);

const transitionSchema = z.intersection(
  triggerSchema,
  z.object({
    to: id.optional(),
    say: z.array(id).default([]),
    mood: z.number().int().min(-3).max(3).default(0),
  }),
);

const stateSchema = z.object({
  say: z.array(id).default([]),
  timers: z.array(z.object({ id, ms: z.number().int().min(1000).max(600_000) })).default([]),
  on: z.array(transitionSchema).default([]),
  /** A final state: the contact ends here with this outcome. */
  end: z.enum(outcomes).optional(),
  /** Outcome if the trainee hangs up while the script is here; defaults to the script's. */
  hangUpOutcome: z.enum(outcomes).optional(),
});

const ruleTermSchema = z.array(z.string().min(1)).min(1);
/** Groups of terms a text must mention, a term of each: scoring matches them as an intent rule's `all`. */
const mentions = z.array(ruleTermSchema).default([]);
const intentRuleSchema = z.object({ id, all: z.array(ruleTermSchema).min(1) });
export const intentSetSchema = z.record(id, z.partialRecord(z.enum(languages), z.array(intentRuleSchema).min(1)));

const eventPattern = z.object({
  event: z.enum(consoleEvents),
  where: whereFields,
  /**
   * For `identity.verified`: the company's verification procedure (a KB article with an identity rule,
   * e.g. `KB-001`) whose rule the checks must satisfy. checkScenario copies the rule from the company
   * into `identityRule`, so a kept scenario version scores with the rule it was launched with.
   */
  procedure: z
    .string()
    .regex(/^KB-\d{3}$/)
    .optional(),
  identityRule: identityRuleSchema.optional(),
});

const singleRules = [
  /**
   * A trainee reply matched the intent (optionally before a console action happened). `courteous`:
   * only a reply with nothing discourteous in it or in the reply just before counts ("Lo sa lei. Arrivederci." does not close politely).
   */
  z.object({ kind: z.literal('replied'), intent: id, before: eventPattern.optional(), courteous: z.boolean().optional() }),
  /** Something that must never happen: a reply with this intent, or this console action (e.g. disclosing data to a third party). */
  z
    .object({ kind: z.literal('avoided'), intent: id.optional(), event: eventPattern.optional() })
    .refine((rule) => rule.intent !== undefined || rule.event !== undefined, 'name an intent or an event'),
  /** The trainee did this console action. */
  z.object({ kind: z.literal('did'), ...eventPattern.shape, minChecks: z.number().int().min(1).optional() }),
  /** Whenever `then` happened, `first` had happened before it (not applicable if `then` never did). */
  z.object({ kind: z.literal('order'), first: eventPattern, then: eventPattern }),
  /** The sandbox at the end holds a ticket with these fields (arrays: any of), whose subject or description mentions a term of every group. */
  z.object({
    kind: z.literal('ticket'),
    expect: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])),
    escalatedTo: z.array(id).min(1).optional(),
    mentions: mentions.optional(),
  }),
  z.object({ kind: z.literal('disposition'), codes: z.array(id).min(1) }),
  /** An order was placed for the customer holding every one of these products (and paid this way, if given). */
  z.object({ kind: z.literal('orderPlaced'), customerId: id, products: z.array(id).min(1), paymentMethod: z.string().optional() }),
  /** An e-mail was sent to one of these addresses, mentioning a term of every group (matched like replies). */
  z.object({ kind: z.literal('email'), to: z.array(z.string().min(3)).min(1), mentions }),
  /** A message was delivered to one of these recipients, mentioning a term of every group; optionally urgent. */
  z.object({
    kind: z.literal('message'),
    recipients: z.array(id).min(1),
    mentions,
    urgency: z.enum(messageUrgencies).optional(),
  }),
  z.object({ kind: z.literal('outcome'), outcomes: z.array(z.enum(outcomes)).min(1) }),
] as const;
const singleRuleSchema = z.discriminatedUnion('kind', singleRules);

export const evidenceRuleSchema = z.discriminatedUnion('kind', [
  ...singleRules,
  /** Met when any of these rules is met: one thing shown in more than one way (citing past tickets aloud or in the new ticket). */
  z.object({ kind: z.literal('anyOf'), rules: z.array(singleRuleSchema).min(2) }),
  /** Met when every one of these rules is met (or not applicable): one item that names two things ("explains what happens next, promising no times"). */
  z.object({ kind: z.literal('allOf'), rules: z.array(singleRuleSchema).min(2) }),
]);

export const rubricItemSchema = z.object({
  id,
  label: localized,
  abilities: abilityCodes,
  knowledge: knowledgeCodes,
  /** 0 makes a gate: a critical item that adds no points, so meeting it cannot lift a weak call's percent. */
  weight: z.number().min(0).max(10).default(1),
  critical: z.boolean().default(false),
  /** Judged by the assessor by hand (a free role-play the instructor plays live): the automatic score leaves it unjudged. */
  byHand: z.boolean().optional(),
  rule: evidenceRuleSchema,
});

export const scenarioSchema = z.object({
  id,
  version: z.number().int().min(1),
  title: localized,
  summary: localized,
  kind: z.enum(['complaint', 'order', 'helpdesk', 'information', 'websiteSupport', 'messageTaking', 'email', 'rolePlay']),
  /**
   * A free role-play: the caller is always an instructor. Launching it starts the call taken over by
   * the launching instructor; there is no script to hand it back to (its script is one waiting state).
   */
  rolePlay: z.boolean().optional(),
  channel: z.enum(channels),
  language: z.enum(languages),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  abilities: abilityCodes,
  knowledge: knowledgeCodes,
  queue: z.string().min(1).max(60),
  persona: z.object({
    name: z.string().min(1),
    customerId: id.nullable(),
    /** The number the call comes from; for an inbound e-mail, the sender's address. */
    callerNumber: z.union([z.string().regex(/^\+?[0-9 ]{6,20}$/), z.string().regex(emailPattern)]),
    mood: z.number().int().min(-3).max(3),
    voice: z.object({ lang: z.string().min(2), rate: z.number().min(0.5).max(2), pitch: z.number().min(0).max(2) }),
    /** Facts the caller can give when asked (the older form, a list of notes, gives none). */
    knows: z.union([z.record(id, factSchema), z.array(z.string())]).default({}),
    /** Inbound e-mails: the subject line; the caller's lines are the e-mail's text. */
    subject: z.string().min(1).optional(),
    wants: z.string().min(1),
  }),
  lines: z.record(id, lineSchema),
  reactions: z.partialRecord(z.enum(reactionNames), lineSchema).default({}),
  /**
   * Twists the instructor may inject from the monitor: what the caller then says (line ids), how its
   * mood moves, and the script state it goes to. Phone calls also have the built-in ones (machine/twists.ts).
   */
  twists: z
    .record(
      id,
      z.object({ label: localized, say: z.array(id).default([]), mood: z.number().int().min(-3).max(3).optional(), to: id.optional() }),
    )
    .default({}),
  intents: intentSetSchema.default({}),
  script: z.object({
    initial: id,
    hangUpOutcome: z.enum(outcomes).default('abandoned'),
    /** How long the caller stays on hold before hanging up. */
    holdPatienceMs: z.number().int().min(10_000).max(600_000).default(90_000),
    states: z.record(id, stateSchema),
  }),
  /**
   * What observers read instead of the script's ids: each state's and each own intent's name in it/en
   * (the shared intents' names come with them). The lint requires one for every state and intent.
   */
  labels: z
    .object({ states: z.record(id, localized).default({}), intents: z.record(id, localized).default({}) })
    .default({ states: {}, intents: {} }),
  rubric: z.array(rubricItemSchema).min(1),
  passPercent: z.number().min(0).max(100).default(60),
  /** Guided mode: hints (in the interface's languages) and suggested replies (in the contact's) per script state. */
  guidance: z
    .record(
      id,
      z.object({
        hints: z.array(localized).default([]),
        suggestions: z.array(z.object({ text: z.string().min(1), quality: z.enum(['good', 'poor']) })).default([]),
      }),
    )
    .default({}),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScriptState = z.infer<typeof stateSchema>;
export type ScriptTransition = z.infer<typeof transitionSchema>;
export type CallerLine = z.infer<typeof lineSchema>;
export type Fact = z.infer<typeof factSchema>;
export type IntentSet = z.infer<typeof intentSetSchema>;
export type IntentRule = z.infer<typeof intentRuleSchema>;
export type RubricItem = z.infer<typeof rubricItemSchema>;
export type EvidenceRule = z.infer<typeof evidenceRuleSchema>;
export type SingleEvidenceRule = z.infer<typeof singleRuleSchema>;
export type EventPattern = z.infer<typeof eventPattern>;
/** The vocabulary's words, under the names the scenario code has always used for them. */
export type { Language, LaunchMode, Outcome } from '../../protocol/vocabulary.js';
