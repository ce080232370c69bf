import { serveJobs, transferList } from "../jobs/serveJobs";
import { runRenderJob, type RenderedFile, type RenderJob } from "./renderJob";

// The export worker's side: render each job it is sent and answer with the file, its bytes moved rather than
// copied. Started by server/export/renderer.ts.

serveJobs<RenderJob, RenderedFile>(runRenderJob, (file) => transferList(file.body));
