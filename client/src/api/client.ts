import { hc } from "hono/client";
import type { AppType } from "../../../server/app";
import { ApiError, errorFromResponse } from "./apiError";

/**
 * The language the interface is in, as the locale provider writes it on <html lang>: sent as Accept-Language so
 * the server's messages (errors, refusals) come in that language rather than in the browser's first one.
 */
export const interfaceLanguage = (): string | null => document.documentElement.lang || null;

/** The Accept-Language header for a fetch outside the typed client (downloads, the audit log). */
export const languageHeaders = (): Record<string, string> => {
  const language = interfaceLanguage();
  return language ? { "Accept-Language": language } : {};
};

/**
 * fetch for the typed client: same-origin cookies, JSON Content-Type on every non-GET request (the server's
 * origin check expects it, even when there is no body), the interface's language, and network failures turned
 * into an ApiError.
 */
const penholderFetch: typeof fetch = async (input, init) => {
  const method = (init?.method ?? "GET").toUpperCase();
  const headers = new Headers(init?.headers);
  headers.set("Accept", "application/json");
  const language = interfaceLanguage();
  if (language) headers.set("Accept-Language", language);
  if (method !== "GET" && method !== "HEAD" && !headers.has("Content-Type")) {
    headers.set("Content-Type", "application/json");
  }
  try {
    return await fetch(input, { ...init, headers, credentials: "same-origin" });
  } catch {
    throw ApiError.unreachable();
  }
};

export const api = hc<AppType>("/", { fetch: penholderFetch });

/** The body type of the successful responses among those a typed call may answer with. */
type SuccessBody<R> = R extends { ok: false } ? never : R extends { json(): Promise<infer B> } ? B : never;

interface TypedResponse {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

/** Awaits a typed call: the success body, or a thrown ApiError read from the error body. */
export async function unwrap<R extends TypedResponse>(request: Promise<R>): Promise<SuccessBody<R>> {
  const response = await request;
  if (!response.ok) throw await errorFromResponse(response);
  try {
    return (await response.json()) as SuccessBody<R>;
  } catch {
    throw ApiError.unexpected(response.status);
  }
}
