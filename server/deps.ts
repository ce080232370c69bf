import type { Store } from "./store/store";
import type { Clock } from "./clock";
import type { SessionManager } from "./auth/sessions";
import type { SignInLimits } from "./auth/signInLimits";
import type { ProxyTrust } from "./http/clientAddress";
import type { Logger } from "./log";
import type { RoomManager } from "./collab/rooms";
import type { SyncServer } from "./collab/syncServer";
import type { Renderer } from "./export/renderer";
import type { ExportCache } from "./export/exportCache";
import type { Importer } from "./import/importer";
import type { OneAtATime } from "./jobs/oneAtATime";
import type { ReviewedTexts } from "./services/reviewedTexts";
import type { AuditListener } from "./store/audit";
import type { ClusterBus } from "./cluster/bus";
import type { SiteInfo } from "../shared/api/site";

/** Everything route handlers need, passed in by the composition root (server/main.ts) or a test. */
export interface Deps {
  store: Store;
  clock: Clock;
  log: Logger;
  sessions: SessionManager;
  signInLimits: SignInLimits;
  /** The proxies whose X-Forwarded-For is believed (TRUST_PROXY). */
  trustedProxies: ProxyTrust;
  /** Verified against when an email is unknown, so both failures take the same time. */
  decoyHash: string;
  /** Open documents: API changes to a live document go through its room. */
  rooms: RoomManager;
  /** Live connections, ended when a session or an account ends (on every instance). */
  sync: Pick<SyncServer, "disconnectSession" | "disconnectUser" | "refreshUser">;
  /** Hears every committed audit entry, this instance's and the others'. Returns the way to stop. */
  onAudited(listener: AuditListener): () => void;
  /** The other instances (a solo bus in one process). */
  cluster: ClusterBus;
  /** Renders exports away from the event loop that serves the live documents. */
  renderer: Renderer;
  /** Rendered exports, re-used while what they show is unchanged. */
  exportCache: ExportCache;
  /** Reads Word files away from the event loop. */
  importer: Importer;
  /** One export and one import in flight per user, so one account cannot keep the workers from everyone else. */
  perUser: { exports: OneAtATime; imports: OneAtATime };
  /** The section texts shown to chairs for approval, so a refused approval can say what changed since. */
  reviewedTexts: ReviewedTexts;
  /** Origins besides the request's own allowed to send state-changing requests (PUBLIC_URL). */
  trustedOrigins: readonly string[];
  /** What every page may show before sign-in: where to report an accessibility barrier (ACCESSIBILITY_CONTACT). */
  site: SiteInfo;
}
