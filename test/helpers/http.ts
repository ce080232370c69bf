import { DEMO_PASSWORD, demoEmail } from "../../server/seed/demo";

export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A client with its own cookie jar, talking to a running server over real HTTP the way a script would
 * (no Origin header). Pass headers to act like a browser on another site.
 */
export function createClient(baseUrl: string) {
  let cookie: string | null = null;

  async function request<T = any>(
    method: string,
    path: string,
    options: { json?: unknown; body?: string; headers?: Record<string, string> } = {},
  ): Promise<JsonResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (cookie) headers.cookie = cookie;
    let body: string | undefined = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers["content-type"] ??= "application/json";
    }
    const response = await fetch(new URL(path, baseUrl), { method, headers, body, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, value] = pair!.split("=");
      if (name === "penholder_session") cookie = value ? `${name}=${value}` : null;
      if (/max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) cookie = null;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : null;
    } catch {
      // not JSON: the test sees the raw text
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  return {
    request,
    get: <T = any>(path: string, headers?: Record<string, string>) => request<T>("GET", path, { headers }),
    post: <T = any>(path: string, json?: unknown, headers?: Record<string, string>) => request<T>("POST", path, { json, headers }),
    patch: <T = any>(path: string, json?: unknown) => request<T>("PATCH", path, { json }),
    delete: <T = any>(path: string) => request<T>("DELETE", path),
    get cookie() {
      return cookie;
    },
    setCookie(value: string | null) {
      cookie = value;
    },
    /** Signs in as a demo account by its local part (e.g. "wg1.member"). */
    async loginAs(local: string, password = DEMO_PASSWORD) {
      const response = await request("POST", "/api/auth/login", { json: { email: demoEmail(local), password } });
      if (response.status !== 200) throw new Error(`login as ${local} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response;
    },
  };
}

export type TestClient = ReturnType<typeof createClient>;

/** One signed-in client per demo account, made on first use; `baseUrl` is read then (a suite's server starts later). */
export function clientsByAccount(baseUrl: () => string): (local: string) => Promise<TestClient> {
  const clients = new Map<string, TestClient>();
  return async (local) => {
    if (!clients.has(local)) {
      const created = createClient(baseUrl());
      await created.loginAs(local);
      clients.set(local, created);
    }
    return clients.get(local)!;
  };
}
