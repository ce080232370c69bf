import { z } from "zod";
import { SECTION_STATUSES } from "../rights";
import { IdSchema } from "./users";

// The inbox and "what needs you": response shapes as zod schemas (the tests read every answer through them), and
// the few inputs these paths take.

export const InboxReadSchema = z.object({ ids: z.union([z.array(IdSchema).max(500), z.literal("all")]) });
export type InboxReadInput = z.infer<typeof InboxReadSchema>;

/** How many waiting items the landing page asks for (each kind is capped at this). */
export const NeedsQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(30) });
export type NeedsQuery = z.infer<typeof NeedsQuerySchema>;

const PersonSchema = z.object({ id: z.string(), name: z.string() });

/** A section as a link names it: id, number in its document and title ("3. A properly resourced Forum"). */
export const SectionRefSchema = z.object({ id: z.string(), number: z.number().int().positive().nullable(), title: z.string() });
export type SectionRef = z.infer<typeof SectionRefSchema>;

export const NOTIFICATION_KINDS = ["mention", "reply", "amendment", "transition", "suggestion"] as const;
export const NOTIFICATION_OUTCOMES = ["proposed", "accepted", "rejected", "approved", "changes_requested", "reopened"] as const;

export const NotificationViewSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  documentId: z.string(),
  documentTitle: z.string(),
  /** Where it happened: "3. A properly resourced Forum" as it was then; null when it was not in one section. */
  sectionId: z.string().nullable(),
  sectionLabel: z.string().nullable(),
  threadId: z.string().nullable(),
  commentId: z.string().nullable(),
  suggestionId: z.string().nullable(),
  amendmentId: z.string().nullable(),
  /** What came of it, for decisions; null for mentions and replies. */
  outcome: z.enum(NOTIFICATION_OUTCOMES).nullable(),
  /** The decider's note or reason ("requested changes: …"). */
  note: z.string(),
  /** How many of your things one decision settled. */
  count: z.number().int().positive(),
  actor: PersonSchema.nullable(),
  excerpt: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof NotificationViewSchema>;

export const InboxSchema = z.object({ notifications: z.array(NotificationViewSchema), unread: z.number().int().nonnegative() });

/** One of your groups' sections, with what is open in it. */
export const OwnedSectionSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  section: SectionRefSchema,
  ownerGroup: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  status: z.enum(SECTION_STATUSES),
  dueDate: z.string().nullable(),
  openSuggestions: z.number().int().nonnegative(),
  openThreads: z.number().int().nonnegative(),
});
export type OwnedSection = z.infer<typeof OwnedSectionSchema>;

const WaitingBase = { documentId: z.string(), documentTitle: z.string(), section: SectionRefSchema.nullable(), at: z.string() };

/** Something waiting for you, with where it is. */
export const WaitingItemSchema = z.discriminatedUnion("kind", [
  /** A reply in a thread you are in, or a mention: an unread inbox entry (opening it marks it read). */
  z.object({ kind: z.enum(["reply", "mention"]), notificationId: z.string(), threadId: z.string().nullable(), suggestionId: z.string().nullable(), by: PersonSchema.nullable(), excerpt: z.string(), ...WaitingBase }),
  /** An open suggestion by someone else in a section your group owns. */
  z.object({ kind: z.literal("suggestion"), suggestionId: z.string(), by: PersonSchema, ...WaitingBase }),
  /** An open amendment by someone else to a section your group owns. */
  z.object({ kind: z.literal("amendment"), amendmentId: z.string(), by: PersonSchema, ...WaitingBase }),
  /** For chairs: a section submitted for review. */
  z.object({ kind: z.literal("review"), by: PersonSchema.nullable(), ownerGroup: z.string(), dueDate: z.string().nullable(), ...WaitingBase }),
]);
export type WaitingItem = z.infer<typeof WaitingItemSchema>;

export const NeedsSchema = z.object({
  groups: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
  sections: z.array(OwnedSectionSchema),
  waiting: z.array(WaitingItemSchema),
  /** Whether the review queue is yours (chairs): the page says so even when it is empty. */
  reviews: z.boolean(),
});
export type Needs = z.infer<typeof NeedsSchema>;
