import { request as httpRequest } from "node:http";
import type { JsonResponse } from "./http";

/**
 * A JSON POST sent from a chosen loopback address (any 127.x.y.z is this machine on Linux), so a test can be
 * several people at several addresses, or a reverse proxy at one, over real sockets.
 */
export function postFrom(baseUrl: string, localAddress: string, path: string, json: unknown, headers: Record<string, string> = {}): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, baseUrl);
    const request = httpRequest(
      { host: "127.0.0.1", port: url.port, path: url.pathname, method: "POST", localAddress, headers: { "content-type": "application/json", ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers)) if (typeof value === "string") responseHeaders.set(name, value);
          resolve({ status: response.statusCode ?? 0, headers: responseHeaders, body: text.length > 0 ? JSON.parse(text) : null });
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify(json));
  });
}
