import { useCallback, useEffect, useRef, useState } from "react";
import { toApiError } from "../../api/apiError";
import { downloadFile, type DownloadProgress } from "./downloadFile";

export type DownloadState =
  | { status: "idle" }
  | { status: "working"; label: string; progress: DownloadProgress }
  | { status: "done"; filename: string }
  | { status: "error"; message: string };

/** One download at a time, with its progress; leaving the page cancels it. */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (url: string, fallbackName: string, label: string) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: "working", label, progress: { received: 0, total: null } });
    try {
      const filename = await downloadFile(url, fallbackName, (progress) => setState({ status: "working", label, progress }), current.signal);
      setState({ status: "done", filename });
    } catch (failure) {
      if (current.signal.aborted) return;
      setState({ status: "error", message: toApiError(failure).message });
    }
  }, []);

  return { state, start };
}
