import { Hono } from "hono";
import { z } from "zod";
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { Deps } from "../../deps";
import type { AppEnv } from "../env";
import { requireAuth, requireRight, setSessionCookie } from "../middleware/session";
import { jsonBody, params } from "../validate";
import { AppError, notFound } from "../errors";
import { text } from "../../i18n/translate";
import { IdSchema, InvitationCreateSchema } from "../../../shared/api/users";
import { AcceptInvitationSchema } from "../../../shared/api/auth";
import { canManageUsers } from "../../../shared/rights";
import { groupRef, iso, presentInvitation, presentMe } from "../presenters";
import { hashPassword } from "../../auth/passwords";
import { createUser } from "../../services/users";
import { newId } from "../../store/ids";
import type { InvitationRow } from "../../store/invitations";

const InvitationParams = z.object({ id: IdSchema });
const TokenParams = z.object({ token: z.string().min(1).max(128).regex(/^[a-z0-9]+$/, "Not a valid invitation link.") });
const adminOnly = [requireAuth, requireRight(canManageUsers, "forbidden.manageInvitations")] as const;

const tokenHash = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

const invalid = () =>
  new AppError(
    404,
    "invitation_invalid",
    "invitations.invalid",
  );

function isOpen(invitation: InvitationRow | undefined, now: number): invitation is InvitationRow {
  return !!invitation && invitation.accepted_at === null && invitation.revoked_at === null && invitation.expires_at > now;
}

export const invitationRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get("/accept/:token", params(TokenParams), async (c) => {
      const invitation = await deps.store.invitations.byTokenHash(tokenHash(c.req.valid("param").token));
      if (!isOpen(invitation, deps.clock.now())) throw invalid();
      const groups = await deps.store.groups.byIds(JSON.parse(invitation.group_ids));
      return c.json(
        { invitation: { email: invitation.email, role: invitation.role, groups: groups.map(groupRef), expiresAt: iso(invitation.expires_at) } },
        200,
      );
    })
    .post("/accept/:token", params(TokenParams), jsonBody(AcceptInvitationSchema), async (c) => {
      const { name, password } = c.req.valid("json");
      const hash = tokenHash(c.req.valid("param").token);
      const passwordHash = await hashPassword(password);
      const now = deps.clock.now();
      const user = await deps.store.transaction(async (tx) => {
        const invitation = await tx.invitations.byTokenHash(hash);
        if (!isOpen(invitation, now) || !(await tx.invitations.markAccepted(invitation.id, now))) throw invalid();
        const created = await createUser(tx, now, {
          email: invitation.email,
          name,
          role: invitation.role,
          passwordHash,
          groupIds: JSON.parse(invitation.group_ids),
        });
        await tx.audit.record({ at: now, actorId: created.id, action: "invitation.accept", target: invitation.id });
        return created;
      });
      const { token, session } = await deps.sessions.create(user.id);
      setSessionCookie(c, token, session.expires_at);
      return c.json({ user: presentMe(user) }, 201);
    })
    .get("/", ...adminOnly, async (c) => {
      const [invitations, groups] = await Promise.all([deps.store.invitations.list(), deps.store.groups.list()]);
      return c.json({ invitations: invitations.filter((i) => i.revoked_at === null).map((i) => presentInvitation(i, groups)) }, 200);
    })
    .post("/", ...adminOnly, jsonBody(InvitationCreateSchema), async (c) => {
      const input = c.req.valid("json");
      const actor = c.get("user")!;
      const now = deps.clock.now();
      const bytes = new Uint8Array(24);
      crypto.getRandomValues(bytes);
      const token = encodeBase32LowerCaseNoPadding(bytes);
      const groupIds = [...new Set(input.groupIds)];
      const invitation: InvitationRow = {
        id: newId(),
        token_hash: tokenHash(token),
        email: input.email,
        role: input.role,
        group_ids: JSON.stringify(groupIds),
        created_by: actor.id,
        created_at: now,
        expires_at: now + input.expiresInHours * 3_600_000,
        accepted_at: null,
        revoked_at: null,
      };
      const groups = await deps.store.transaction(async (tx) => {
        if (await tx.users.byEmail(input.email)) throw new AppError(409, "conflict", text("accounts.exists", { email: input.email }));
        const found = await tx.groups.byIds(groupIds);
        if (found.length !== groupIds.length) throw new AppError(400, "validation_failed", "groups.missing");
        await tx.invitations.insert(invitation);
        await tx.audit.record({ at: now, actorId: actor.id, action: "invitation.create", target: invitation.id, detail: { email: input.email, role: input.role } });
        return found;
      });
      const origin = deps.trustedOrigins[0] ?? new URL(c.req.url).origin;
      return c.json({ invitation: { ...presentInvitation(invitation, groups), url: `${origin}/invite/${token}` } }, 201);
    })
    .delete("/:id", ...adminOnly, params(InvitationParams), async (c) => {
      const { id } = c.req.valid("param");
      const now = deps.clock.now();
      const invitation = await deps.store.invitations.byId(id);
      if (!invitation || invitation.revoked_at !== null) throw notFound("invitation");
      await deps.store.invitations.revoke(id, now);
      await deps.store.audit.record({ at: now, actorId: c.get("user")!.id, action: "invitation.revoke", target: id });
      return c.json({ ok: true as const }, 200);
    });
