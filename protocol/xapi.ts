import { z } from 'zod';

/**
 * The lab's link to a Learning Record Store (xAPI 1.0.3), as its administrator sets it and sees it.
 * The secret goes in and never comes back out: the view only says whether one is set.
 */
export const lrsSettingsRequestSchema = z.strictObject({
  /** The LRS's xAPI endpoint, e.g. https://lrs.example.org/xapi/ (statements go to <endpoint>/statements). */
  endpoint: z.url({ protocol: /^https?$/ }).max(500),
  key: z.string().trim().min(1).max(200),
  /** Omitted or empty keeps the secret already set. */
  secret: z.string().max(500).optional(),
  /** The IRI naming the lab in every statement (actor accounts, activities); empty takes the admin page's own address. */
  homePage: z.union([z.url({ protocol: /^https?$/ }).max(300), z.literal('')]).optional(),
});
export type LrsSettingsRequest = z.infer<typeof lrsSettingsRequestSchema>;

/** Send one session's statements again now, or every session whose last attempt failed. */
export const xapiResendRequestSchema = z.strictObject({ sessionId: z.string().min(1).max(100).nullable().default(null) });

export interface LrsSettingsView {
  endpoint: string;
  key: string;
  secretSet: boolean;
  homePage: string;
}

/** One attempt to send a session's statements, as the send log keeps it (append-only). */
export interface XapiSendEntry {
  sessionId: string;
  at: number;
  outcome: 'sent' | 'failed';
  /** The LRS's HTTP status; null when it could not be reached at all. */
  status: number | null;
  message: string;
  /** 1 for the first try after a release or a manual resend, counting up with each automatic retry. */
  attempt: number;
  /** The session's statements as they stand after this attempt (what the download gives). */
  statementIds: string[];
  /** A correction after a review: the statements sent before that it voids, and the ids of the voiding statements. */
  voided?: string[];
  voidingIds?: string[];
  /** Set on a failure the lab retries by itself: when it will. */
  retryAt: number | null;
}

/** The admin page's xAPI section: where statements go, what was sent, what waits. */
export interface XapiAdminView {
  settings: LrsSettingsView | null;
  /** Released sessions not yet in the LRS (never sent, or last attempt failed). */
  waiting: number;
  /** The latest attempts, newest first. */
  log: XapiSendEntry[];
}
