import type { TestServer } from "./server";
import { createClient } from "./http";

const JOINT = "Joint MAG–LP response to the WSIS+20 Elements Paper";

/** The demo joint paper, its section ids by title, and session cookies of demo accounts. */
export interface Fixture {
  server: TestServer;
  documentId: string;
  /** Section ids by title fragment. */
  section(title: string): string;
  cookie(local: string): Promise<string>;
}

export async function openFixture(server: TestServer): Promise<Fixture> {
  const admin = createClient(server.url);
  await admin.loginAs("secretariat");
  const documents = (await admin.get("/api/documents")).body.documents as { id: string; title: string; sections: { id: string; title: string }[] }[];
  const joint = documents.find((d) => d.title === JOINT)!;
  const cookies = new Map<string, string>();
  return {
    server,
    documentId: joint.id,
    section: (title) => joint.sections.find((s) => s.title.includes(title))!.id,
    async cookie(local) {
      if (!cookies.has(local)) {
        const client = createClient(server.url);
        await client.loginAs(local);
        cookies.set(local, client.cookie!);
      }
      return cookies.get(local)!;
    },
  };
}

