import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { TestServer } from "./server";
import { DOCX_CONTENT_TYPE } from "../../server/http/routes/import";

// Uploads to the Word import route, and what the import tests look for in the documents it makes.

export interface Upload {
  status: number;
  headers: Headers;
  body: any;
}

/** Sends bytes to the import route as a browser's fetch would: the file itself as the body. */
export async function upload(server: TestServer, cookie: string | null, bytes: Uint8Array, options: { query?: string; type?: string } = {}): Promise<Upload> {
  const headers: Record<string, string> = { "content-type": options.type ?? DOCX_CONTENT_TYPE };
  if (cookie) headers.cookie = cookie;
  const response = await fetch(new URL(`/api/documents/import${options.query ?? ""}`, server.url), { method: "POST", headers, body: bytes.slice() });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // the test sees the raw text
  }
  return { status: response.status, headers: response.headers, body };
}

/** Every node of a document, depth first. */
export function nodesOf(node: ProseMirrorNode): ProseMirrorNode[] {
  const all: ProseMirrorNode[] = [];
  node.descendants((child) => void all.push(child));
  return all;
}

export const marksOn = (doc: ProseMirrorNode, text: string): string[] =>
  nodesOf(doc).find((n) => n.isText && n.text === text)?.marks.map((m) => (m.type.name === "link" ? `link:${m.attrs.href}` : m.type.name)) ?? ["(text not found)"];

