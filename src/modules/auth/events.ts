/** The auth module's events and their payloads. */
export const AuthEvents = {
  /** A password reset was requested for an existing identity; `token` goes to its owner only. */
  PASSWORD_RESET: "auth.password_reset",
  /** Somebody registered with an email that has no account; `token` confirms it (its owner only). */
  EMAIL_VERIFICATION: "auth.email_verification",
  /** Somebody registered with an email that already has an account: tell its owner. */
  ACCOUNT_EXISTS: "auth.account_exists",
} as const;

export interface EmailVerificationEvent {
  /** The identifier (the email for emailpass). */
  entity_id: string;
  /** The single-use verification token (valid 24 hours by default). */
  token: string;
  actor_type: string;
}

export interface AccountExistsEvent {
  entity_id: string;
  /** The actor type the registration was for. */
  actor_type: string;
}

export interface PasswordResetEvent {
  /** The identifier (the email for emailpass). */
  entity_id: string;
  /** The single-use reset token (valid 15 minutes). */
  token: string;
  actor_type: string;
}
