import type { DocumentDetail } from "../../../../shared/api/documents";
import { ApiError, errorFromResponse } from "../../api/apiError";
import { languageHeaders } from "../../api/client";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface ImportAnswer {
  document: DocumentDetail;
  import: { sections: number; warnings: string[] };
}

export interface ImportOptions {
  title?: string;
  ownerGroup?: string;
}

function isImportAnswer(value: unknown): value is ImportAnswer {
  return typeof value === "object" && value !== null && "document" in value && "import" in value;
}

/**
 * Sends the .docx itself as the request body (not a form), as the import route expects. XMLHttpRequest rather
 * than fetch: it reports upload progress, which a large file with pictures needs.
 */
export function uploadDocx(file: File, options: ImportOptions, onProgress: (sent: number, total: number) => void): Promise<ImportAnswer> {
  const query = new URLSearchParams({ filename: file.name });
  if (options.title) query.set("title", options.title);
  if (options.ownerGroup) query.set("ownerGroup", options.ownerGroup);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/documents/import?${query}`);
    request.setRequestHeader("Content-Type", DOCX_TYPE);
    request.setRequestHeader("Accept", "application/json");
    for (const [name, value] of Object.entries(languageHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onerror = () => reject(ApiError.unreachable());
    request.onload = () => {
      const response = { status: request.status, json: async (): Promise<unknown> => JSON.parse(request.responseText) };
      if (request.status !== 201) {
        void errorFromResponse(response).then(reject);
        return;
      }
      response
        .json()
        .then((body) => (isImportAnswer(body) ? resolve(body) : reject(ApiError.unexpected(request.status))))
        .catch(() => reject(ApiError.unexpected(request.status)));
    };
    request.send(file);
  });
}
