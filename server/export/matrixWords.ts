import type { DocumentLanguage } from "../../shared/languages";
import type { AmendmentStatus } from "../../shared/api/amendments";
import type { Role } from "../../shared/rights";

// The comments matrix's words in the document's language: the co-facilitators' and negotiators' working table is
// read in the language of the text it comments on. Names, titles and the comments themselves stay as written.

export type MatrixColumn = "paragraph" | "section" | "kind" | "author" | "groups" | "text" | "status" | "outcome" | "date";
export type MatrixKind = "comment" | "reply" | "amendment" | "suggestion";
export type SuggestionDecision = "accept" | "reject" | "withdraw";

export interface MatrixWords {
  title: string;
  columns: Record<MatrixColumn, string>;
  kind: Record<MatrixKind, string>;
  /** In the Group(s) column for a person in no group. */
  role: Record<Role, string>;
  formerMember: string;
  retiredSection: string;
  commentDeleted: string;
  /** In the Para. column when the commented text is gone. */
  detached: string;
  open: string;
  resolved: string;
  amendmentStatus: Record<AmendmentStatus, string>;
  suggestionStatus: Record<SuggestionDecision, string>;
  /** "Resolved by Amara Okafor on 2026-12-05". */
  resolvedBy(name: string, day: string | null): string;
  /** "Accepted by Amara Okafor on 2026-12-05": accept or reject, amendment or suggestion alike. */
  decidedBy(decision: "accept" | "reject", name: string, day: string | null): string;
  withdrawnByProposer: string;
  withdrawnByAuthor: string;
  /** The words put in quotation marks as the language writes them. */
  quoted(text: string): string;
  /** A comment on a passage: `On “passage”: comment`. */
  onPassage(passage: string, body: string): string;
  /** `Original: “…” → Proposed: “…”`, the proposal already quoted (or the word for a deletion). */
  amendment(original: string, proposed: string): string;
  deletion: string;
  reason(reason: string): string;
  replace(deleted: string, inserted: string): string;
  remove(deleted: string): string;
  insert(inserted: string): string;
  paragraphBreak: string;
  /** Under the title: which text, how many rows. */
  summary(version: string, rows: number): string;
  empty: string;
  /** A decision's note after its outcome. */
  withNote(outcome: string, note: string): string;
}

const EN: MatrixWords = {
  title: "Comments matrix",
  columns: { paragraph: "Para.", section: "Section", kind: "Type", author: "Author", groups: "Group(s)", text: "Comment or amendment", status: "Status", outcome: "Outcome", date: "Date" },
  kind: { comment: "Comment", reply: "Reply", amendment: "Amendment", suggestion: "Suggestion" },
  role: { admin: "Secretariat", chair: "Chair", member: "—", observer: "Observer" },
  formerMember: "Former member",
  retiredSection: "(retired section)",
  commentDeleted: "(comment deleted)",
  detached: "detached",
  open: "Open",
  resolved: "Resolved",
  amendmentStatus: { open: "Open", accepted: "Accepted", rejected: "Rejected", withdrawn: "Withdrawn" },
  suggestionStatus: { accept: "Accepted", reject: "Rejected", withdraw: "Withdrawn" },
  resolvedBy: (name, day) => `Resolved by ${name}${day ? ` on ${day}` : ""}`,
  decidedBy: (decision, name, day) => `${decision === "accept" ? "Accepted" : "Rejected"} by ${name}${day ? ` on ${day}` : ""}`,
  withdrawnByProposer: "Withdrawn by the proposer",
  withdrawnByAuthor: "Withdrawn by the author",
  quoted: (text) => `“${text}”`,
  onPassage: (passage, body) => `On ${passage}: ${body}`,
  amendment: (original, proposed) => `Original: ${original} → Proposed: ${proposed}`,
  deletion: "(delete)",
  reason: (reason) => `Reason: ${reason}`,
  replace: (deleted, inserted) => `Replace ${deleted} with ${inserted}`,
  remove: (deleted) => `Delete ${deleted}`,
  insert: (inserted) => `Insert ${inserted}`,
  paragraphBreak: "Insert a paragraph break",
  summary: (version, rows) => `${version}. ${rows} row${rows === 1 ? "" : "s"}; paragraph numbers as in the export of the same date.`,
  empty: "There are no comments or amendments yet.",
  withNote: (outcome, note) => `${outcome}: ${note}`,
};

// French: a narrow no-break space (U+202F) before the colon and inside guillemets, as French typography wants.
const FR: MatrixWords = {
  title: "Tableau des observations",
  columns: { paragraph: "Par.", section: "Section", kind: "Type", author: "Auteur", groups: "Groupe(s)", text: "Observation ou amendement", status: "État", outcome: "Suite donnée", date: "Date" },
  kind: { comment: "Commentaire", reply: "Réponse", amendment: "Amendement", suggestion: "Suggestion" },
  role: { admin: "Secrétariat", chair: "Président", member: "—", observer: "Observateur" },
  formerMember: "Ancien membre",
  retiredSection: "(section retirée)",
  commentDeleted: "(commentaire supprimé)",
  detached: "texte supprimé",
  open: "Ouvert",
  resolved: "Clos",
  amendmentStatus: { open: "En attente", accepted: "Accepté", rejected: "Rejeté", withdrawn: "Retiré" },
  suggestionStatus: { accept: "Acceptée", reject: "Rejetée", withdraw: "Retirée" },
  resolvedBy: (name, day) => `Clos par ${name}${day ? ` le ${day}` : ""}`,
  decidedBy: (decision, name, day) => `${decision === "accept" ? "Accepté" : "Rejeté"} par ${name}${day ? ` le ${day}` : ""}`,
  withdrawnByProposer: "Retiré par son auteur",
  withdrawnByAuthor: "Retirée par son auteur",
  quoted: (text) => `«\u202F${text}\u202F»`,
  onPassage: (passage, body) => `Sur ${passage}\u202F: ${body}`,
  amendment: (original, proposed) => `Texte initial\u202F: ${original} → Texte proposé\u202F: ${proposed}`,
  deletion: "(supprimer)",
  reason: (reason) => `Motif\u202F: ${reason}`,
  replace: (deleted, inserted) => `Remplacer ${deleted} par ${inserted}`,
  remove: (deleted) => `Supprimer ${deleted}`,
  insert: (inserted) => `Insérer ${inserted}`,
  paragraphBreak: "Insérer un saut de paragraphe",
  summary: (version, rows) =>
    `${version}. ${rows} ligne${rows > 1 ? "s" : ""}\u202F; numéros de paragraphe identiques à ceux de l’export de même date.`,
  empty: "Aucun commentaire ni amendement pour l’instant.",
  withNote: (outcome, note) => `${outcome}\u202F: ${note}`,
};

const ES: MatrixWords = {
  title: "Cuadro de observaciones",
  columns: { paragraph: "Párr.", section: "Sección", kind: "Tipo", author: "Autor", groups: "Grupo(s)", text: "Observación o enmienda", status: "Estado", outcome: "Resultado", date: "Fecha" },
  kind: { comment: "Comentario", reply: "Respuesta", amendment: "Enmienda", suggestion: "Sugerencia" },
  role: { admin: "Secretaría", chair: "Presidente", member: "—", observer: "Observador" },
  formerMember: "Antiguo miembro",
  retiredSection: "(sección retirada)",
  commentDeleted: "(comentario eliminado)",
  detached: "texto suprimido",
  open: "Abierto",
  resolved: "Resuelto",
  amendmentStatus: { open: "Pendiente", accepted: "Aceptada", rejected: "Rechazada", withdrawn: "Retirada" },
  suggestionStatus: { accept: "Aceptada", reject: "Rechazada", withdraw: "Retirada" },
  resolvedBy: (name, day) => `Resuelto por ${name}${day ? ` el ${day}` : ""}`,
  decidedBy: (decision, name, day) => `${decision === "accept" ? "Aceptada" : "Rechazada"} por ${name}${day ? ` el ${day}` : ""}`,
  withdrawnByProposer: "Retirada por quien la propuso",
  withdrawnByAuthor: "Retirada por su autor",
  quoted: (text) => `«${text}»`,
  onPassage: (passage, body) => `Sobre ${passage}: ${body}`,
  amendment: (original, proposed) => `Texto original: ${original} → Texto propuesto: ${proposed}`,
  deletion: "(suprimir)",
  reason: (reason) => `Motivo: ${reason}`,
  replace: (deleted, inserted) => `Sustituir ${deleted} por ${inserted}`,
  remove: (deleted) => `Suprimir ${deleted}`,
  insert: (inserted) => `Insertar ${inserted}`,
  paragraphBreak: "Insertar un salto de párrafo",
  summary: (version, rows) => `${version}. ${rows} fila${rows === 1 ? "" : "s"}; números de párrafo como en la exportación de la misma fecha.`,
  empty: "Todavía no hay comentarios ni enmiendas.",
  withNote: (outcome, note) => `${outcome}: ${note}`,
};

// Russian: a person's name after a colon or in parentheses, so neither a verb's gender nor the name's case is
// guessed (docs/GLOSSARY.md).
const RU: MatrixWords = {
  title: "Таблица замечаний",
  columns: { paragraph: "Пункт", section: "Раздел", kind: "Тип", author: "Автор", groups: "Группа(ы)", text: "Замечание или поправка", status: "Статус", outcome: "Решение", date: "Дата" },
  kind: { comment: "Комментарий", reply: "Ответ", amendment: "Поправка", suggestion: "Предложение" },
  role: { admin: "Секретариат", chair: "Председатель", member: "—", observer: "Наблюдатель" },
  formerMember: "Бывший участник",
  retiredSection: "(раздел исключен)",
  commentDeleted: "(комментарий удален)",
  detached: "текст удален",
  open: "Открыто",
  resolved: "Закрыто",
  amendmentStatus: { open: "На рассмотрении", accepted: "Принята", rejected: "Отклонена", withdrawn: "Отозвана" },
  suggestionStatus: { accept: "Принято", reject: "Отклонено", withdraw: "Отозвано" },
  resolvedBy: (name, day) => `Закрыто (${name}${day ? `, ${day}` : ""})`,
  decidedBy: (decision, name, day) => `${decision === "accept" ? "Принято" : "Отклонено"} (${name}${day ? `, ${day}` : ""})`,
  withdrawnByProposer: "Отозвано автором",
  withdrawnByAuthor: "Отозвано автором",
  quoted: (text) => `«${text}»`,
  onPassage: (passage, body) => `К тексту ${passage}: ${body}`,
  amendment: (original, proposed) => `Исходный текст: ${original} → Предлагаемый текст: ${proposed}`,
  deletion: "(исключить)",
  reason: (reason) => `Обоснование: ${reason}`,
  replace: (deleted, inserted) => `Заменить ${deleted} на ${inserted}`,
  remove: (deleted) => `Исключить ${deleted}`,
  insert: (inserted) => `Вставить ${inserted}`,
  paragraphBreak: "Вставить разрыв абзаца",
  summary: (version, rows) => `${version}. Строк: ${rows}; номера пунктов соответствуют экспорту того же дня.`,
  empty: "Комментариев и поправок пока нет.",
  withNote: (outcome, note) => `${outcome}: ${note}`,
};

const ZH: MatrixWords = {
  title: "意见汇总表",
  columns: { paragraph: "段", section: "章节", kind: "类型", author: "提出者", groups: "小组", text: "意见或修正", status: "状态", outcome: "处理结果", date: "日期" },
  kind: { comment: "评论", reply: "回复", amendment: "修正", suggestion: "建议" },
  role: { admin: "秘书处", chair: "主席", member: "—", observer: "观察员" },
  formerMember: "前成员",
  retiredSection: "（已撤销的章节）",
  commentDeleted: "（评论已删除）",
  detached: "原文已删除",
  open: "未解决",
  resolved: "已解决",
  amendmentStatus: { open: "待处理", accepted: "已接受", rejected: "已拒绝", withdrawn: "已撤回" },
  suggestionStatus: { accept: "已接受", reject: "已拒绝", withdraw: "已撤回" },
  resolvedBy: (name, day) => `${name}${day ? `于${day}` : ""}解决`,
  decidedBy: (decision, name, day) => `${name}${day ? `于${day}` : ""}${decision === "accept" ? "接受" : "拒绝"}`,
  withdrawnByProposer: "提出者已撤回",
  withdrawnByAuthor: "作者已撤回",
  quoted: (text) => `“${text}”`,
  onPassage: (passage, body) => `关于${passage}：${body}`,
  amendment: (original, proposed) => `原文：${original} → 拟议案文：${proposed}`,
  deletion: "（删除）",
  reason: (reason) => `理由：${reason}`,
  replace: (deleted, inserted) => `将${deleted}替换为${inserted}`,
  remove: (deleted) => `删除${deleted}`,
  insert: (inserted) => `插入${inserted}`,
  paragraphBreak: "插入段落分隔",
  summary: (version, rows) => `${version}。共 ${rows} 行；段落编号与同日导出的文件一致。`,
  empty: "尚无评论或修正。",
  withNote: (outcome, note) => `${outcome}：${note}`,
};

// Arabic: nouns rather than verbs about a person ("قبول من …"), so no sentence guesses a gender (docs/GLOSSARY.md).
const AR: MatrixWords = {
  title: "جدول التعليقات",
  columns: { paragraph: "الفقرة", section: "الفرع", kind: "النوع", author: "صاحب التعليق", groups: "الفريق (الأفرقة)", text: "التعليق أو التعديل", status: "الحالة", outcome: "النتيجة", date: "التاريخ" },
  kind: { comment: "تعليق", reply: "رد", amendment: "تعديل", suggestion: "اقتراح" },
  role: { admin: "الأمانة", chair: "رئيس", member: "—", observer: "مراقب" },
  formerMember: "عضو سابق",
  retiredSection: "(فرع محذوف)",
  commentDeleted: "(تعليق محذوف)",
  detached: "النص محذوف",
  open: "مفتوح",
  resolved: "محلول",
  amendmentStatus: { open: "قيد النظر", accepted: "مقبول", rejected: "مرفوض", withdrawn: "مسحوب" },
  suggestionStatus: { accept: "مقبول", reject: "مرفوض", withdraw: "مسحوب" },
  resolvedBy: (name, day) => `حلّ من ${name}${day ? ` في ${day}` : ""}`,
  decidedBy: (decision, name, day) => `${decision === "accept" ? "قبول" : "رفض"} من ${name}${day ? ` في ${day}` : ""}`,
  withdrawnByProposer: "سحبه مقدّم الاقتراح",
  withdrawnByAuthor: "سحبه صاحبه",
  quoted: (text) => `«${text}»`,
  onPassage: (passage, body) => `بشأن ${passage}: ${body}`,
  amendment: (original, proposed) => `النص الأصلي: ${original} ← النص المقترح: ${proposed}`,
  deletion: "(حذف)",
  reason: (reason) => `السبب: ${reason}`,
  replace: (deleted, inserted) => `الاستعاضة عن ${deleted} بعبارة ${inserted}`,
  remove: (deleted) => `حذف ${deleted}`,
  insert: (inserted) => `إدراج ${inserted}`,
  paragraphBreak: "إدراج فاصل فقرة",
  summary: (version, rows) => `${version}. عدد الصفوف: ${rows}؛ أرقام الفقرات كما في التصدير الصادر في التاريخ نفسه.`,
  empty: "لا توجد تعليقات أو تعديلات حتى الآن.",
  withNote: (outcome, note) => `${outcome}: ${note}`,
};

const MATRIX_WORDS: Record<DocumentLanguage, MatrixWords> = { ar: AR, zh: ZH, en: EN, fr: FR, ru: RU, es: ES };

export const matrixWords = (language: DocumentLanguage): MatrixWords => MATRIX_WORDS[language];
