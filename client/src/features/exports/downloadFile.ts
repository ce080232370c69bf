import { ApiError, errorFromResponse } from "../../api/apiError";
import { languageHeaders } from "../../api/client";

export interface DownloadProgress {
  received: number;
  /** From Content-Length; null when the server streams without one. */
  total: number | null;
}

/** The file name the server gave in Content-Disposition, or the fallback. */
export function filenameFrom(header: string | null, fallback: string): string {
  const match = header?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}

/** Hands a blob to the browser as a download: an object URL on a temporary <a download>, released after. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading it before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Fetches a file the server renders (an export can take seconds for a long paper), reading the body chunk by
 * chunk so that the page can say how far it got, then saves it. Failures come back as an ApiError that says
 * what to do.
 */
export async function downloadFile(url: string, fallbackName: string, onProgress: (progress: DownloadProgress) => void, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { headers: languageHeaders(), credentials: "same-origin", signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiError.unreachable();
  }
  if (!response.ok) throw await errorFromResponse(response);
  const length = Number(response.headers.get("Content-Length"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  }
  const filename = filenameFrom(response.headers.get("Content-Disposition"), fallbackName);
  saveBlob(new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }), filename);
  return filename;
}
