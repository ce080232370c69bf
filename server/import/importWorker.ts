import { serveJobs } from "../jobs/serveJobs";
import { runImportJob, type ImportJob, type ImportOutcome } from "./importJob";

// The import worker's side: read each Word file it is sent. Started by server/import/importer.ts.

serveJobs<ImportJob, ImportOutcome>(runImportJob);
