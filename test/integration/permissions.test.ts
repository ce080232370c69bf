import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient, type TestClient } from "../helpers/http";
import { anchorIn } from "../helpers/anchors";
import type { SectionStatus } from "../../shared/rights";
import { approveSection } from "../helpers/approve";

// Every review route, every role, against a section in each state that matters: the answer the server gives
// must be the one the rules promise. The section is "Intersessional work" (owned by WG3).

type Role = "admin" | "chair" | "owner" | "otherMember" | "observer";
const ACCOUNTS: Record<Role, string> = {
  admin: "secretariat",
  chair: "mag.chair",
  owner: "wg3.member",
  otherMember: "wg2.member",
  observer: "observer",
};
const ROLES = Object.keys(ACCOUNTS) as Role[];

interface Case {
  name: string;
  /** The section's status before the call. */
  state?: SectionStatus;
  /** Roles that must succeed; every other role must get `refusal` (403 unless said otherwise). */
  allowed: Role[];
  /** The status of a refusal: 409 where the section's state refuses everyone alike. */
  refusal?: number;
  call(ctx: Context, role: Role): Promise<{ status: number }>;
}

interface Context {
  client: TestClient;
  base: string;
  section: string;
  server: TestServer;
  fx: Fixture;
  makeAmendment(): Promise<string>;
  makeThreadComment(): Promise<{ threadId: string; commentId: string }>;
}

const CASES: Case[] = [
  { name: "rename a section", allowed: ["admin", "chair"], call: ({ client, base, section }) => client.patch(`${base}/sections/${section}`, { title: "Intersessional work" }) },
  { name: "set a due date", allowed: ["admin", "chair"], call: ({ client, base, section }) => client.patch(`${base}/sections/${section}`, { dueDate: "2026-12-31" }) },
  {
    name: "reorder sections",
    allowed: ["admin", "chair"],
    call: async ({ client, base, fx }) => {
      const ids = (await client.get(`/api/documents/${fx.documentId}`)).body.document.sections.map((s: { id: string }) => s.id);
      return client.request("PUT", `${base}/sections/order`, { json: { sectionIds: ids } });
    },
  },
  { name: "add a section", allowed: ["admin", "chair"], call: ({ client, base }) => client.post(`${base}/sections`, { title: "Matrix annex", ownerGroup: "wg3" }) },
  {
    name: "retire a section",
    allowed: ["admin", "chair"],
    call: async ({ client, base, server, fx }) => {
      const scratch = await server.store.transaction(async (tx) => {
        const { addSections } = await import("../../server/services/documents");
        return (await addSections(tx, Date.now(), fx.documentId, [{ title: "Scratch", ownerGroup: "wg3", content: "" }])).rows[0]!.id;
      });
      return client.delete(`${base}/sections/${scratch}`);
    },
  },
  { name: "submit for review (from draft)", state: "draft", allowed: ["chair", "owner"], call: ({ client, base, section }) => client.post(`${base}/sections/${section}/transitions`, { to: "in_review" }) },
  { name: "resubmit (from changes requested)", state: "changes_requested", allowed: ["chair", "owner"], call: ({ client, base, section }) => client.post(`${base}/sections/${section}/transitions`, { to: "in_review" }) },
  { name: "approve (from in review)", state: "in_review", allowed: ["chair"], call: ({ client, section, fx }) => approveSection(client, fx.documentId, section) },
  { name: "request changes (from in review)", state: "in_review", allowed: ["chair"], call: ({ client, base, section }) => client.post(`${base}/sections/${section}/transitions`, { to: "changes_requested", note: "Tighten paragraph 2." }) },
  { name: "reopen (from approved)", state: "approved", allowed: ["chair"], call: ({ client, base, section }) => client.post(`${base}/sections/${section}/transitions`, { to: "draft" }) },
  { name: "withdraw to draft (from in review)", state: "in_review", allowed: ["chair", "owner"], call: ({ client, base, section }) => client.post(`${base}/sections/${section}/transitions`, { to: "draft" }) },
  { name: "read transition history", allowed: ROLES, call: ({ client, base, section }) => client.get(`${base}/sections/${section}/transitions`) },
  {
    name: "comment (on a draft)",
    state: "draft",
    allowed: ROLES,
    call: async ({ client, base, section, server, fx }) => {
      const { anchor, text } = await anchorIn(server, fx.documentId, section, 0, 8);
      return client.post(`${base}/threads`, { sectionId: section, anchor, quote: text, body: "Matrix comment" });
    },
  },
  {
    name: "comment (on an approved section)",
    state: "approved",
    allowed: ROLES,
    call: async ({ client, base, section, server, fx }) => {
      const { anchor, text } = await anchorIn(server, fx.documentId, section, 0, 8);
      return client.post(`${base}/threads`, { sectionId: section, anchor, quote: text, body: "Matrix comment" });
    },
  },
  {
    name: "propose an amendment",
    state: "draft",
    allowed: ROLES,
    call: async ({ client, base, section, server, fx }) => {
      const { anchor, text } = await anchorIn(server, fx.documentId, section, 0, 8);
      return client.post(`${base}/amendments`, { sectionId: section, anchor, originalText: text, proposedText: "Matrix" });
    },
  },
  { name: "accept an amendment (draft)", state: "draft", allowed: ["owner"], call: async (ctx) => ctx.client.post(`${ctx.base}/amendments/${await ctx.makeAmendment()}/accept`, { confirmChanged: true }) },
  { name: "accept an amendment (approved: locked)", state: "approved", allowed: [], refusal: 409, call: async (ctx) => ctx.client.post(`${ctx.base}/amendments/${await ctx.makeAmendment()}/accept`, { confirmChanged: true }) },
  { name: "reject an amendment", state: "in_review", allowed: ["owner"], call: async (ctx) => ctx.client.post(`${ctx.base}/amendments/${await ctx.makeAmendment()}/reject`, { reason: "No." }) },
  { name: "withdraw someone else's amendment", allowed: [], call: async (ctx) => ctx.client.post(`${ctx.base}/amendments/${await ctx.makeAmendment()}/withdraw`) },
  {
    name: "edit someone else's comment",
    allowed: [],
    call: async (ctx) => {
      const { threadId, commentId } = await ctx.makeThreadComment();
      return ctx.client.patch(`${ctx.base}/threads/${threadId}/comments/${commentId}`, { body: "Edited by another" });
    },
  },
  {
    name: "delete someone else's comment",
    allowed: ["admin"],
    call: async (ctx) => {
      const { threadId, commentId } = await ctx.makeThreadComment();
      return ctx.client.delete(`${ctx.base}/threads/${threadId}/comments/${commentId}`);
    },
  },
  {
    name: "resolve a thread",
    allowed: ROLES,
    call: async (ctx) => ctx.client.post(`${ctx.base}/threads/${(await ctx.makeThreadComment()).threadId}/resolve`),
  },
  { name: "read the review queue", allowed: ["admin", "chair"], call: ({ client }) => client.get("/api/review-queue") },
  { name: "read the activity feed", allowed: ROLES, call: ({ client, base }) => client.get(`${base}/activity`) },
  { name: "read the audit log", allowed: ["admin"], call: ({ client }) => client.get("/api/audit") },
  { name: "read the inbox", allowed: ROLES, call: ({ client }) => client.get("/api/inbox") },
  { name: "list threads and amendments", allowed: ROLES, call: async ({ client, base }) => {
    const threads = await client.get(`${base}/threads`);
    return threads.status !== 200 ? threads : client.get(`${base}/amendments`);
  } },
];

describe("permission matrix: every review route x every role x section state", () => {
  let server: TestServer;
  let fx: Fixture;
  let section: string;
  const clients = {} as Record<Role, TestClient>;
  let proposer: TestClient;
  let commenter: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 2 } });
    fx = await openFixture(server);
    section = fx.section("Intersessional work");
    for (const role of ROLES) {
      clients[role] = createClient(server.url);
      await clients[role].loginAs(ACCOUNTS[role]);
    }
    // Proposals and comments made by an account outside the matrix, so "someone else's" holds for every role.
    proposer = createClient(server.url);
    await proposer.loginAs("wg5.member");
    commenter = createClient(server.url);
    await commenter.loginAs("lp.chair");
  });
  afterAll(() => server?.close());

  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const base = `/api/documents/${fx.documentId}`;
      const answers: Record<string, number> = {};
      for (const role of ROLES) {
        if (testCase.state) {
          await server.store.documents.updateSection(section, { status: testCase.state });
          await server.deps.rooms.refreshSections(fx.documentId);
        }
        const ctx: Context = {
          client: clients[role],
          base,
          section,
          server,
          fx,
          async makeAmendment() {
            const { anchor, text } = await anchorIn(server, fx.documentId, section, 0, 8);
            const response = await proposer.post(`${base}/amendments`, { sectionId: section, anchor, originalText: text, proposedText: "Matrix" });
            return response.body.amendment.id;
          },
          async makeThreadComment() {
            const { anchor, text } = await anchorIn(server, fx.documentId, section, 0, 8);
            const thread = (await commenter.post(`${base}/threads`, { sectionId: section, anchor, quote: text, body: "By another" })).body.thread;
            return { threadId: thread.id, commentId: thread.comments[0].id };
          },
        };
        answers[role] = (await testCase.call(ctx, role)).status;
      }
      const expected = Object.fromEntries(ROLES.map((role) => [role, testCase.allowed.includes(role) ? "allowed" : (testCase.refusal ?? 403)]));
      const actual = Object.fromEntries(ROLES.map((role) => [role, answers[role]! >= 200 && answers[role]! < 300 ? "allowed" : answers[role]]));
      expect(actual).toEqual(expected);
    });
  }
});
