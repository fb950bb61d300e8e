import type {
  Article,
  ArticleSummary,
  CustomerHistoryView,
  CustomerRecord,
  CustomerSummary,
  IntentMatch,
  ProductSheet,
  ProductSummary,
  SessionEventPayloads,
  Speaker,
} from '../../protocol/events.js';
import type { Channel, IdentityCheck, LaunchMode, TicketPriority, TicketStatus } from '../../protocol/vocabulary.js';

export type CallPhase = 'ringing' | 'talking' | 'onHold' | 'wrapUp' | 'ended';

export interface TranscriptLine {
  seq: number;
  at: number;
  speaker: Speaker;
  text: string;
  /** Present only in observers' views. */
  intents?: IntentMatch[];
  /** Observers only: a caller's line the instructor typed while playing the caller, and who. */
  playedBy?: string;
  /** Observers only: the instructor took the caller over or handed it back to the script (at `state`) here. */
  coach?: { act: 'tookOver' | 'handedBack'; by: string; state?: string };
}

export interface ConsoleActionEntry {
  seq: number;
  at: number;
  type: string;
  /** Plain words of what the trainee did, for the live wall and the replay. */
  detail: string;
}

type Stamped<T> = T & { seq: number; at: number };
export type SentEmail = Stamped<SessionEventPayloads['email.sent']>;
export type DeliveredMessage = Stamped<SessionEventPayloads['message.delivered']>;

export interface SandboxTicket {
  ticketId: string;
  customerId: string | null;
  category: string;
  priority: TicketPriority;
  subject: string;
  description: string;
  createdSeq: number;
  status: 'open' | 'escalated' | 'closed';
  /** Updates logged on the ticket in this session, oldest first. */
  updates: { seq: number; note: string; priority: TicketPriority | null; status: TicketStatus | null }[];
  escalation: { department: string; note: string; seq: number } | null;
}

/** Everything a console shows at one moment of a session; a pure function of the log. */
export interface CallView {
  phase: CallPhase;
  lastSeq: number;
  launchedAt: number | null;
  offeredAt: number | null;
  answeredAt: number | null;
  hungUpAt: number | null;
  endedAt: number | null;
  callerNumber: string | null;
  queue: string | null;
  channel: Channel;
  /** Inbound e-mails: the subject line. */
  subject: string | null;
  mode: LaunchMode;
  transcript: TranscriptLine[];
  actions: ConsoleActionEntry[];
  lastSearch: { query: string; results: CustomerSummary[] } | null;
  /** The open record with this session's corrections applied (copy-on-write over the shared company). */
  openRecord: CustomerRecord | null;
  openHistory: CustomerHistoryView | null;
  /** Corrections made in this session, per customer: field → value. */
  customerEdits: Record<string, Record<string, string>>;
  orders: (SessionEventPayloads['order.placed'] & { seq: number })[];
  cancelledOrders: string[];
  verified: { customerId: string; checks: IdentityCheck[]; seq: number } | null;
  lastProductSearch: { query: string; results: ProductSummary[] } | null;
  openProduct: ProductSheet | null;
  lastArticleSearch: { query: string; results: ArticleSummary[] } | null;
  openArticle: Article | null;
  tickets: SandboxTicket[];
  emails: SentEmail[];
  messages: DeliveredMessage[];
  transferredTo: string | null;
  transferNote: string | null;
  guidance: { hints: { it: string; en: string }[]; suggestions: { text: string; quality?: 'good' | 'poor' }[] } | null;
  holdStartedAt: number | null;
  muted: boolean;
  holdMs: number;
  hungUpBy: 'trainee' | 'caller' | null;
  /** When the instructor paused the call, while it stays paused; who paused it. */
  pausedAt: number | null;
  pausedBy: string | null;
  /** Observers only: who plays the caller now, while an instructor has taken it over from the script. */
  takenOverBy: string | null;
  wrapup: { disposition: string; notes: string; followUp: string } | null;
  outcome: string | null;
  /** Observers only: the script's state and the caller's mood. */
  scriptState: string | null;
  mood: number | null;
}
