import { TesseraError } from "../../framework/errors/tessera-error.ts";
import {
  ModuleService,
  type Context,
  type ModuleCradle,
  type Row,
  type UpdateInput,
} from "../../framework/modules/service-factory.ts";
import { hashToken, randomToken } from "../../framework/crypto/tokens.ts";
import { User, UserInvite } from "./models.ts";

/** The user module's options. */
export interface UserModuleOptions {
  /** How long an invite is valid, in days. Default 7. */
  inviteValidDays?: number;
}

/** What an invite is created from. */
export interface InviteInput {
  email: string;
  metadata?: Record<string, unknown>;
}

/** An invite with its token: returned once, at creation (only the token's SHA-256 is stored). */
export type IssuedInvite = Row<"UserInvite"> & { token: string };

const invalidInvite = () => new TesseraError(TesseraError.Types.UNAUTHORIZED, "The invite is invalid or has expired");

export default class UserModuleService extends ModuleService({ User, UserInvite }) {
  private readonly inviteValidDays: number;

  constructor(cradle: ModuleCradle, options?: UserModuleOptions) {
    super(cradle, options);
    this.inviteValidDays = options?.inviteValidDays ?? 7;
  }

  /** Invites people by email; each invite's `token` is in the result and nowhere else. One in, one out; a list in, a list out. */
  async createInvites(input: InviteInput, ctx?: Context): Promise<IssuedInvite>;
  async createInvites(input: InviteInput[], ctx?: Context): Promise<IssuedInvite[]>;
  async createInvites(input: InviteInput | InviteInput[], ctx?: Context): Promise<IssuedInvite | IssuedInvite[]> {
    const issued = await this.issueInvites(Array.isArray(input) ? input : [input], ctx);
    return Array.isArray(input) ? issued : (issued[0] as IssuedInvite);
  }

  /** Medusa's name for updating invites (`updateInvites({ id, accepted: true })`); the same as updateUserInvites. */
  async updateInvites(data: UpdateInput<"UserInvite">, ctx?: Context): Promise<Row<"UserInvite">>;
  async updateInvites(data: UpdateInput<"UserInvite">[], ctx?: Context): Promise<Row<"UserInvite">[]>;
  async updateInvites(
    data: UpdateInput<"UserInvite"> | UpdateInput<"UserInvite">[],
    ctx?: Context,
  ): Promise<Row<"UserInvite"> | Row<"UserInvite">[]> {
    return Array.isArray(data) ? this.updateUserInvites(data, ctx) : this.updateUserInvites(data, ctx);
  }

  private async issueInvites(input: InviteInput[], ctx?: Context): Promise<IssuedInvite[]> {
    return this.transaction(async (c) => {
      const issued: IssuedInvite[] = [];
      for (const [index, invite] of input.entries()) {
        const email = invite.email.trim().toLowerCase();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
          throw new TesseraError(TesseraError.Types.INVALID_DATA, `Invalid email ${invite.email}`, {
            field: [String(index), "email"],
          });
        if ((await this.listUsers({ email }, { take: 1 }, c)).length)
          throw new TesseraError(TesseraError.Types.DUPLICATE_ERROR, `A user with email ${email} already exists`, {
            field: [String(index), "email"],
          });
        const token = randomToken("inv_");
        const row = await this.createUserInvites(
          {
            email,
            token_hash: hashToken(token),
            expires_at: this.inviteExpiry(),
            metadata: (invite.metadata ?? null) as never,
          },
          c,
        );
        issued.push({ ...row, token });
      }
      return issued;
    }, ctx);
  }

  /** A new token (and expiry) for each invite; the old tokens stop working. */
  async refreshInviteTokens(ids: string[], ctx?: Context): Promise<IssuedInvite[]> {
    return this.transaction(
      async (c) =>
        Promise.all(
          ids.map(async (id) => {
            const token = randomToken("inv_");
            const row = await this.updateUserInvites(
              { id, token_hash: hashToken(token), expires_at: this.inviteExpiry() },
              c,
            );
            return { ...row, token };
          }),
        ),
      ctx,
    );
  }

  /** The pending, unexpired invite the token belongs to; UNAUTHORIZED otherwise. */
  async validateInviteToken(token: string, ctx?: Context): Promise<Row<"UserInvite">> {
    return this.validateInviteHash(hashToken(token), ctx);
  }

  /** `validateInviteToken` given the token's SHA-256 (what is stored, so what a workflow may keep). */
  async validateInviteHash(tokenHash: string, ctx?: Context): Promise<Row<"UserInvite">> {
    const [invite] = await this.listUserInvites({ token_hash: tokenHash }, { take: 1 }, ctx);
    if (!invite || invite.accepted || invite.expires_at <= new Date()) throw invalidInvite();
    return invite;
  }

  /** Accepts an invite: the user is created with the invite's email and the invite is spent, together. */
  async acceptInvite(
    token: string,
    user: { first_name?: string | null; last_name?: string | null },
    ctx?: Context,
  ): Promise<Row<"User">> {
    return this.acceptInviteByHash(hashToken(token), user, ctx);
  }

  /** `acceptInvite` given the token's SHA-256: the accept-invite workflow never holds the token itself. */
  async acceptInviteByHash(
    tokenHash: string,
    user: { first_name?: string | null; last_name?: string | null },
    ctx?: Context,
  ): Promise<Row<"User">> {
    return this.transaction(async (c) => {
      const invite = await this.validateInviteHash(tokenHash, c);
      const created = await this.createUsers(
        { email: invite.email, first_name: user.first_name ?? null, last_name: user.last_name ?? null },
        c,
      );
      await this.updateUserInvites({ id: invite.id, accepted: true }, c);
      return created;
    }, ctx);
  }

  private inviteExpiry(): Date {
    return new Date(Date.now() + this.inviteValidDays * 24 * 60 * 60 * 1000);
  }
}
