import { z } from 'zod';

export const roles = ['trainee', 'instructor', 'assessor', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Roles that may watch any session but never act in it. */
export const observerRoles: readonly Role[] = ['instructor', 'assessor', 'admin'];

export const agentStatuses = ['offline', 'available', 'ringing', 'onCall', 'afterCallWork', 'paused'] as const;
export type AgentStatus = (typeof agentStatuses)[number];

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  classId: string | null;
  /** Present when the user must choose a new password before anything else (a password given at setup). */
  mustChangePassword?: boolean;
}
