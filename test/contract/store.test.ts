import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BACKENDS, testDatabaseUrl } from "../helpers/server";
import { openStore, type Store } from "../../server/store/store";
import { newId } from "../../server/store/ids";
import { createUser } from "../../server/services/users";
import { createGroup } from "../../server/services/groups";
import { createDocument } from "../../server/services/documents";
import { loadDocumentState, sectionContent } from "../../server/collab/documentState";

// One suite, every backend: the Store must behave the same over SQLite and PostgreSQL.
describe.each(BACKENDS)("Store contract (%s)", (backend) => {
  let store: Store;
  let url: string;
  let cleanup: () => void;
  const now = Date.UTC(2026, 10, 25);

  beforeAll(async () => {
    ({ url, cleanup } = await testDatabaseUrl(backend));
    store = await openStore(url);
  });
  afterAll(async () => {
    await store?.close();
    cleanup?.();
  });

  it("migrates idempotently: opening an existing database again keeps its data", async () => {
    await store.transaction((tx) => createGroup(tx, now, { slug: "persist", name: "Persist", description: "" }));
    const again = await openStore(url);
    try {
      expect((await again.groups.bySlug("persist"))?.name).toBe("Persist");
    } finally {
      await again.close();
    }
  });

  it("round-trips users with memberships, case-insensitive email and big times", async () => {
    const group = await store.transaction((tx) => createGroup(tx, now, { slug: "wg-x", name: "WG X", description: "d" }));
    const far = Date.UTC(2999, 0, 1);
    const user = await store.transaction((tx) =>
      createUser(tx, far, { email: "Person@Example.ORG", name: "Person", role: "member", passwordHash: "h", groupIds: [group.id] }),
    );
    const found = await store.users.byEmail("person@example.org");
    expect(found).toMatchObject({ id: user.id, email: "person@example.org", active: 1, created_at: far, groups: [{ slug: "wg-x" }] });
    expect(typeof found!.created_at).toBe("number");
    expect((await store.groups.list()).find((g) => g.slug === "wg-x")?.member_count).toBe(1);
    expect(await store.groups.addMember(group.id, user.id, now)).toBe(false);
    expect(await store.groups.removeMember(group.id, user.id)).toBe(true);
    expect((await store.users.byId(user.id))!.groups).toEqual([]);
  });

  it("rolls a failed transaction back whole", async () => {
    await expect(
      store.transaction(async (tx) => {
        await createGroup(tx, now, { slug: "rolled-back", name: "Rolled back", description: "" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await store.groups.bySlug("rolled-back")).toBeUndefined();
  });

  it("enforces unique emails and slugs in the database itself", async () => {
    const base = { name: "U", role: "observer" as const, password_hash: "h", active: 1, created_at: now };
    await store.users.insert({ id: newId(), email: "unique@example.org", ...base });
    await expect(store.users.insert({ id: newId(), email: "unique@example.org", ...base })).rejects.toThrow();
    await store.groups.insert({ id: newId(), slug: "dup", name: "Dup", description: "", created_at: now });
    await expect(store.groups.insert({ id: newId(), slug: "dup", name: "Dup", description: "", created_at: now })).rejects.toThrow();
  });

  it("keeps the update log in order and binary-exact, and rebuilds the document from it", async () => {
    await store.transaction((tx) => createGroup(tx, now, { slug: "owners", name: "Owners", description: "" }));
    const document = await store.transaction((tx) =>
      createDocument(tx, now, null, {
        title: "Log test",
        description: "",
        sections: [{ title: "One", ownerGroup: "owners", content: "Alpha.\n\nBeta." }],
      }),
    );
    const [section] = await store.documents.sections([document.id]);
    const doc = await loadDocumentState(store, document.id);
    const before = Y.encodeStateVector(doc);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Zero.")]);
    doc.getXmlFragment(`section:${section!.id}`).insert(0, [paragraph]);
    const update = Y.encodeStateAsUpdate(doc, before);
    await store.documents.appendUpdate({ document_id: document.id, data: update, user_id: null, client_id: doc.clientID, created_at: now });

    const rows = await store.documents.updates(document.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.seq).toBeLessThan(rows[1]!.seq);
    expect(rows[1]!.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(rows[1]!.data).equals(Buffer.from(update))).toBe(true);
    expect(rows[1]!.client_id).toBe(doc.clientID);

    const rebuilt = await loadDocumentState(store, document.id);
    expect(sectionContent(rebuilt, section!.id).map((b) => b.text)).toEqual(["Zero.", "Alpha.", "Beta."]);
  });

  it("marks an invitation accepted once only", async () => {
    const admin = await store.transaction((tx) =>
      createUser(tx, now, { email: "inviter@example.org", name: "I", role: "admin", passwordHash: "h", groupIds: [] }),
    );
    const id = newId();
    await store.invitations.insert({
      id, token_hash: `hash-${id}`, email: "x@example.org", role: "member", group_ids: "[]", created_by: admin.id,
      created_at: now, expires_at: now + 1000, accepted_at: null, revoked_at: null,
    });
    const results = await Promise.all([store.invitations.markAccepted(id, now + 1), store.invitations.markAccepted(id, now + 2)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("answers ping", async () => {
    expect(await store.ping()).toBe(true);
  });
});
