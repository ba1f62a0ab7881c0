/** The auth module's events and their payloads. */
export const AuthEvents = {
  /** A password reset was requested for an existing identity; `token` goes to its owner only. */
  PASSWORD_RESET: "auth.password_reset",
} as const;

export interface PasswordResetEvent {
  /** The identifier (the email for emailpass). */
  entity_id: string;
  /** The single-use reset token (valid 15 minutes). */
  token: string;
  actor_type: string;
}
