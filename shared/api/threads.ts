import { z } from "zod";
import { IdSchema } from "./users";
import { SUGGESTION_ID } from "../editor/marks/suggestion";

/** A Yjs relative position, base64 (as the editor encodes it). */
export const PositionSchema = z.string().min(4).max(512).regex(/^[A-Za-z0-9+/]+={0,2}$/, "Not an encoded position.");
export const AnchorSchema = z.object({ start: PositionSchema, end: PositionSchema });
export type Anchor = z.infer<typeof AnchorSchema>;

export const MentionsSchema = z
  .object({ userIds: z.array(IdSchema).max(50).default([]), groupIds: z.array(IdSchema).max(20).default([]) })
  .default({ userIds: [], groupIds: [] });

export const CommentBodySchema = z.string().trim().min(1, "Write something first.").max(10_000);

export const ThreadCreateSchema = z.object({
  sectionId: IdSchema,
  anchor: AnchorSchema,
  quote: z.string().max(2000).default(""),
  body: CommentBodySchema,
  mentions: MentionsSchema,
  /**
   * A reply to a suggestion: the thread is about that suggestion (which must be in the section). A suggestion has
   * one conversation: when it already has an open thread, the comment is added to that thread instead.
   */
  suggestionId: z.string().regex(SUGGESTION_ID, "Not a suggestion id.").optional(),
});
export type ThreadCreateInput = z.infer<typeof ThreadCreateSchema>;

export const CommentCreateSchema = z.object({ body: CommentBodySchema, mentions: MentionsSchema });
export type CommentCreateInput = z.infer<typeof CommentCreateSchema>;

export interface PersonRef {
  id: string;
  name: string;
}

export interface CommentView {
  id: string;
  author: PersonRef;
  body: string;
  mentions: { users: PersonRef[]; groups: { id: string; slug: string; name: string }[] };
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

export interface ThreadView {
  id: string;
  documentId: string;
  sectionId: string;
  anchor: Anchor;
  quote: string;
  status: "open" | "resolved";
  /** The anchored text was deleted: the thread is kept, shown apart from the text. */
  detached: boolean;
  createdBy: PersonRef;
  createdAt: string;
  resolvedBy: PersonRef | null;
  resolvedAt: string | null;
  comments: CommentView[];
  /** The suggestion this thread discusses; absent for a comment on the text (and in threads published before). */
  suggestionId?: string;
}

