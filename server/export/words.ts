import type { SectionStatus } from "../../shared/rights";
import type { DocumentLanguage } from "../../shared/languages";
import { ENGLISH_CONTRIBUTOR_WORDS, type ContributorWords } from "../../shared/api/submissions";

// The fixed words of an export (title page, DRAFT mark, contents, notes, statuses…) in the document's language,
// in the formal register of UN documents. Every format takes them from here, so a PDF and a DOCX of one paper say
// the same thing. Sentences that name counts or lists put them after a colon ("Sections approved: 2 of 5"), which
// reads naturally in all six languages without plural and case rules; lists are joined by Intl.ListFormat.

export interface ExportWords {
  /** For Intl: dates, lists. Arabic keeps the Western digits of UN Arabic documents. */
  locale: string;
  /** The sentence's full stop ("." or "。"). */
  stop: string;
  contents: string;
  contributors: string;
  notes: string;
  /** The mark on every page of a text not fully approved. */
  draft: string;
  /** After the title in an HTML page's <title>. */
  draftTitle: string;
  status: Record<SectionStatus, string>;
  noSections: string;
  noIndividualContributions: string;
  /** Document properties of a DOCX or PDF. */
  subject: { draft: string; final: string };
  submittedBy(bodies: string): string;
  /** Ends with its full stop. */
  preparedWith(groups: string): string;
  /** After "DRAFT — ": how far approval has come (no full stop). */
  approvedSoFar(approved: number, total: number): string;
  /** "<date>, <time> UTC". */
  dateTime(date: string, time: string): string;
  savedVersion(label: string, when: string): string;
  workingText(when: string): string;
  /** A redline's base version, as the note under the title names it. */
  baseVersion(label: string, date: string): string;
  someBaseVersion: string;
  redlineNote(base: string): string;
  trackedNote: { docx: string; html: string; md: string };
  /** A screen reader's words for the link from a note back to its reference. */
  backToReference(n: number): string;
  /** A tracked change in an HTML export, named with its author ("Inserted by Ana Diaz"). */
  changeBy(kind: "insertion" | "deletion", author: string): string;
  /** Said for a suggested paragraph break, whose mark (¶) a screen reader would not read. */
  paragraphBreak: string;
  /** A tracked change whose author is known neither to the document nor to the store. */
  unknownAuthor: string;
  /** The contributors' list of the front matter. */
  people: ContributorWords;
}

const EN: ExportWords = {
  locale: "en-GB",
  stop: ".",
  contents: "Contents",
  contributors: "Contributors",
  notes: "Notes",
  draft: "DRAFT",
  draftTitle: " (draft)",
  status: { draft: "Draft", in_review: "In review", changes_requested: "Changes requested", approved: "Approved" },
  noSections: "This document has no sections yet.",
  noIndividualContributions: "No individual contributions recorded.",
  subject: { draft: "Draft joint submission", final: "Joint submission" },
  submittedBy: (bodies) => `Submitted by the ${bodies}`,
  preparedWith: (groups) => `Prepared with contributions from ${groups}.`,
  approvedSoFar: (approved, total) => `${approved} of ${total} section${total === 1 ? "" : "s"} approved; not an agreed text`,
  dateTime: (date, time) => `${date}, ${time} UTC`,
  savedVersion: (label, when) => `Version “${label}”, saved ${when}`,
  workingText: (when) => `Working text as of ${when}`,
  baseVersion: (label, date) => `version “${label}”, saved ${date}`,
  someBaseVersion: "the base version",
  redlineNote: (base) => `Changes since ${base} are shown as tracked changes: accept them all to read this text.`,
  trackedNote: {
    docx: "Open suggestions are shown as tracked changes, each with its author: not the agreed text.",
    html: "Open suggestions are shown as tracked changes: inserted words underlined, deleted words struck through, each with its author. Not the agreed text.",
    md: "Open suggestions are shown as tracked changes in CriticMarkup: {++inserted++} and {--deleted--}, each followed by its author as {>>name<<}. Not the agreed text.",
  },
  backToReference: (n) => `Back to reference ${n}`,
  changeBy: (kind, author) => `${kind === "insertion" ? "Inserted" : "Deleted"} by ${author}`,
  paragraphBreak: "paragraph break",
  unknownAuthor: "Unknown author",
  people: ENGLISH_CONTRIBUTOR_WORDS,
};

const FR: ExportWords = {
  locale: "fr-FR",
  stop: ".",
  contents: "Table des matières",
  contributors: "Contributeurs",
  notes: "Notes",
  draft: "PROJET",
  draftTitle: " (projet)",
  status: { draft: "Projet", in_review: "En cours d’examen", changes_requested: "Modifications demandées", approved: "Approuvée" },
  noSections: "Le présent document ne comporte encore aucune section.",
  noIndividualContributions: "Aucune contribution individuelle n’a été enregistrée.",
  subject: { draft: "Projet de contribution commune", final: "Contribution commune" },
  submittedBy: (bodies) => `Présenté par : ${bodies}`,
  preparedWith: (groups) => `Établi avec les contributions de : ${groups}.`,
  approvedSoFar: (approved, total) => `Sections approuvées : ${approved} sur ${total} ; texte non agréé`,
  dateTime: (date, time) => `${date}, ${time} UTC`,
  savedVersion: (label, when) => `Version « ${label} », enregistrée le ${when}`,
  workingText: (when) => `Texte de travail au ${when}`,
  baseVersion: (label, date) => `la version « ${label} », enregistrée le ${date}`,
  someBaseVersion: "la version de référence",
  redlineNote: (base) => `Les modifications apportées depuis ${base} apparaissent en mode suivi des modifications : acceptez-les toutes pour lire le texte.`,
  trackedNote: {
    docx: "Les suggestions en attente apparaissent en mode suivi des modifications, chacune avec son auteur : il ne s’agit pas du texte agréé.",
    html: "Les suggestions en attente apparaissent en mode suivi des modifications : mots insérés soulignés, mots supprimés barrés, chacun avec son auteur. Il ne s’agit pas du texte agréé.",
    md: "Les suggestions en attente apparaissent en mode suivi des modifications, en CriticMarkup : {++insertion++} et {--suppression--}, chacune suivie de son auteur sous la forme {>>nom<<}. Il ne s’agit pas du texte agréé.",
  },
  backToReference: (n) => `Retour à l’appel de note ${n}`,
  changeBy: (kind, author) => `${kind === "insertion" ? "Inséré" : "Supprimé"} par ${author}`,
  paragraphBreak: "saut de paragraphe",
  unknownAuthor: "Auteur inconnu",
  people: {
    roleHeadings: { chair: "Présidents", admin: "Secrétariat", observer: "Observateurs", member: "Membres n’appartenant à aucun groupe" },
    others: "Secrétariat, présidents et autres",
    contribution: { wrote: "rédaction", suggested: "suggestions", commented: "commentaires", amended: "amendements proposés" },
    person: (name, did) => `${name} (${did})`,
    sections: (count, titles) => `${count === 1 ? "Section" : "Sections"}\u202F: ${titles}`,
    separator: { contributions: ", ", titles: "\u202F; " },
  },
};

const ES: ExportWords = {
  locale: "es-ES",
  stop: ".",
  contents: "Índice",
  contributors: "Colaboradores",
  notes: "Notas",
  draft: "BORRADOR",
  draftTitle: " (borrador)",
  status: { draft: "Borrador", in_review: "En examen", changes_requested: "Cambios solicitados", approved: "Aprobada" },
  noSections: "Este documento aún no tiene secciones.",
  noIndividualContributions: "No se han registrado contribuciones individuales.",
  subject: { draft: "Borrador de contribución conjunta", final: "Contribución conjunta" },
  submittedBy: (bodies) => `Presentado por: ${bodies}`,
  preparedWith: (groups) => `Elaborado con contribuciones de: ${groups}.`,
  approvedSoFar: (approved, total) => `Secciones aprobadas: ${approved} de ${total}; texto no acordado`,
  dateTime: (date, time) => `${date}, ${time} UTC`,
  savedVersion: (label, when) => `Versión «${label}», guardada el ${when}`,
  workingText: (when) => `Texto de trabajo al ${when}`,
  baseVersion: (label, date) => `la versión «${label}», guardada el ${date}`,
  someBaseVersion: "la versión de referencia",
  redlineNote: (base) => `Los cambios introducidos desde ${base} se muestran como control de cambios: acéptelos todos para leer este texto.`,
  trackedNote: {
    docx: "Las sugerencias pendientes se muestran como control de cambios, cada una con su autor: no es el texto acordado.",
    html: "Las sugerencias pendientes se muestran como control de cambios: las palabras insertadas, subrayadas, y las suprimidas, tachadas, cada una con su autor. No es el texto acordado.",
    md: "Las sugerencias pendientes se muestran como control de cambios en CriticMarkup: {++insertado++} y {--suprimido--}, cada una seguida de su autor en la forma {>>nombre<<}. No es el texto acordado.",
  },
  backToReference: (n) => `Volver a la llamada ${n}`,
  changeBy: (kind, author) => `${kind === "insertion" ? "Insertado" : "Suprimido"} por ${author}`,
  paragraphBreak: "salto de párrafo",
  unknownAuthor: "Autor desconocido",
  people: {
    roleHeadings: { chair: "Presidentes", admin: "Secretaría", observer: "Observadores", member: "Miembros que no pertenecen a ningún grupo" },
    others: "Secretaría, presidentes y otros",
    contribution: { wrote: "redacción", suggested: "sugerencias", commented: "comentarios", amended: "enmiendas propuestas" },
    person: (name, did) => `${name} (${did})`,
    sections: (count, titles) => `${count === 1 ? "Sección" : "Secciones"}: ${titles}`,
    separator: { contributions: ", ", titles: "; " },
  },
};

const RU: ExportWords = {
  locale: "ru-RU",
  stop: ".",
  contents: "Содержание",
  contributors: "Участники",
  notes: "Примечания",
  draft: "ПРОЕКТ",
  draftTitle: " (проект)",
  status: { draft: "Проект", in_review: "На рассмотрении", changes_requested: "Запрошены изменения", approved: "Утвержден" },
  noSections: "В настоящем документе пока нет разделов.",
  noIndividualContributions: "Индивидуальный вклад не зарегистрирован.",
  subject: { draft: "Проект совместного представления", final: "Совместное представление" },
  submittedBy: (bodies) => `Представлено: ${bodies}`,
  preparedWith: (groups) => `Подготовлено при участии: ${groups}.`,
  approvedSoFar: (approved, total) => `Утверждено разделов: ${approved} из ${total}; текст не согласован`,
  dateTime: (date, time) => `${date}, ${time} UTC`,
  savedVersion: (label, when) => `Версия «${label}», сохранена ${when}`,
  workingText: (when) => `Рабочий текст по состоянию на ${when}`,
  baseVersion: (label, date) => `версия «${label}», сохранена ${date}`,
  someBaseVersion: "базовая версия",
  redlineNote: (base) => `Изменения относительно базовой версии (${base}) показаны как исправления: чтобы прочитать текст, примите их все.`,
  trackedNote: {
    docx: "Открытые предложения показаны как исправления с указанием автора каждого: это не согласованный текст.",
    html: "Открытые предложения показаны как исправления: вставленные слова подчеркнуты, удаленные зачеркнуты, у каждого указан автор. Это не согласованный текст.",
    md: "Открытые предложения показаны как исправления в формате CriticMarkup: {++вставка++} и {--удаление--}, после каждого указан автор в виде {>>имя<<}. Это не согласованный текст.",
  },
  backToReference: (n) => `Назад к ссылке ${n}`,
  changeBy: (kind, author) => `${kind === "insertion" ? "Вставлено" : "Удалено"} (${author})`,
  paragraphBreak: "разрыв абзаца",
  unknownAuthor: "Автор неизвестен",
  people: {
    roleHeadings: { chair: "Председатели", admin: "Секретариат", observer: "Наблюдатели", member: "Члены вне рабочих групп" },
    others: "Секретариат, председатели и другие",
    contribution: { wrote: "текст", suggested: "предложения", commented: "комментарии", amended: "поправки" },
    person: (name, did) => `${name} (${did})`,
    sections: (count, titles) => `${count === 1 ? "Раздел" : "Разделы"}: ${titles}`,
    separator: { contributions: ", ", titles: "; " },
  },
};

const ZH: ExportWords = {
  locale: "zh-CN",
  stop: "。",
  contents: "目录",
  contributors: "撰稿方",
  notes: "注",
  draft: "草案",
  draftTitle: "（草案）",
  status: { draft: "草案", in_review: "审查中", changes_requested: "已要求修改", approved: "已核准" },
  noSections: "本文件尚无任何章节。",
  noIndividualContributions: "未记录个人贡献。",
  subject: { draft: "联合提交材料草案", final: "联合提交材料" },
  submittedBy: (bodies) => `提交方：${bodies}`,
  preparedWith: (groups) => `参与编写方：${groups}。`,
  approvedSoFar: (approved, total) => `已核准章节：${approved}/${total}；非商定案文`,
  dateTime: (date, time) => `${date} ${time}（UTC）`,
  savedVersion: (label, when) => `版本“${label}”，保存于${when}`,
  workingText: (when) => `截至${when}的工作案文`,
  baseVersion: (label, date) => `版本“${label}”（保存于${date}）`,
  someBaseVersion: "基准版本",
  redlineNote: (base) => `自${base}以来的修改以修订形式显示：全部接受后即为本案文。`,
  trackedNote: {
    docx: "未决建议以修订形式显示，并注明各自作者：并非商定案文。",
    html: "未决建议以修订形式显示：插入的文字加下划线，删除的文字加删除线，并注明各自作者。并非商定案文。",
    md: "未决建议以 CriticMarkup 修订形式显示：{++插入++} 和 {--删除--}，其后以 {>>姓名<<} 注明作者。并非商定案文。",
  },
  backToReference: (n) => `返回注释引用 ${n}`,
  changeBy: (kind, author) => `${author}${kind === "insertion" ? "插入" : "删除"}`,
  paragraphBreak: "段落分隔",
  unknownAuthor: "作者不详",
  people: {
    roleHeadings: { chair: "主席", admin: "秘书处", observer: "观察员", member: "不属于任何小组的成员" },
    others: "秘书处、主席及其他人员",
    contribution: { wrote: "撰写", suggested: "建议", commented: "评论", amended: "提出修正" },
    person: (name, did) => `${name}（${did}）`,
    sections: (_count, titles) => `章节：${titles}`,
    separator: { contributions: "、", titles: "；" },
  },
};

const AR: ExportWords = {
  locale: "ar-u-nu-latn",
  stop: ".",
  contents: "المحتويات",
  contributors: "الجهات المساهمة",
  notes: "الحواشي",
  draft: "مسودة",
  draftTitle: " (مسودة)",
  status: { draft: "مسودة", in_review: "قيد الاستعراض", changes_requested: "طُلبت تعديلات", approved: "تمت الموافقة عليه" },
  noSections: "لا تتضمن هذه الوثيقة أي فروع بعد.",
  noIndividualContributions: "لم تُسجَّل أي مساهمات فردية.",
  subject: { draft: "مشروع مساهمة مشتركة", final: "مساهمة مشتركة" },
  submittedBy: (bodies) => `مقدَّم من: ${bodies}`,
  preparedWith: (groups) => `أُعدّ بمساهمات من: ${groups}.`,
  approvedSoFar: (approved, total) => `الفروع الموافق عليها: ${approved} من ${total}؛ نص غير متفق عليه`,
  dateTime: (date, time) => `${date}، الساعة ${time} بالتوقيت العالمي المنسق`,
  savedVersion: (label, when) => `النسخة «${label}»، المحفوظة في ${when}`,
  workingText: (when) => `نص العمل بتاريخ ${when}`,
  baseVersion: (label, date) => `النسخة «${label}» المحفوظة في ${date}`,
  someBaseVersion: "النسخة المرجعية",
  redlineNote: (base) => `تظهر التغييرات المُدخلة منذ ${base} في شكل تغييرات متعقَّبة: اقبلها جميعًا لقراءة هذا النص.`,
  trackedNote: {
    docx: "تظهر الاقتراحات المفتوحة في شكل تغييرات متعقَّبة، مع ذكر صاحب كل منها: ليس هذا هو النص المتفق عليه.",
    html: "تظهر الاقتراحات المفتوحة في شكل تغييرات متعقَّبة: الكلمات المُدرجة مسطَّرة، والكلمات المحذوفة مشطوبة، مع ذكر صاحب كل منها. ليس هذا هو النص المتفق عليه.",
    md: "تظهر الاقتراحات المفتوحة في شكل تغييرات متعقَّبة بصيغة CriticMarkup: {++إدراج++} و{--حذف--}، ويلي كلًّا منها اسم صاحبه بالشكل {>>الاسم<<}. ليس هذا هو النص المتفق عليه.",
  },
  backToReference: (n) => `العودة إلى الإحالة ${n}`,
  changeBy: (kind, author) => `${kind === "insertion" ? "أدرجه" : "حذفه"} ${author}`,
  paragraphBreak: "فاصل فقرة",
  unknownAuthor: "صاحب التغيير غير معروف",
  people: {
    roleHeadings: { chair: "الرؤساء", admin: "الأمانة", observer: "المراقبون", member: "أعضاء من خارج الأفرقة" },
    others: "الأمانة والرؤساء وغيرهم",
    contribution: { wrote: "صياغة", suggested: "اقتراحات", commented: "تعليقات", amended: "اقتراح تعديلات" },
    person: (name, did) => `${name} (${did})`,
    sections: (count, titles) => `${count === 1 ? "الفرع" : count === 2 ? "الفرعان" : "الفروع"}: ${titles}`,
    separator: { contributions: "، ", titles: "؛ " },
  },
};

export const EXPORT_WORDS: Record<DocumentLanguage, ExportWords> = { ar: AR, zh: ZH, en: EN, fr: FR, ru: RU, es: ES };

export const exportWords = (language: DocumentLanguage): ExportWords => EXPORT_WORDS[language];

/** "A, B and C" in the language ("A、B和C", "A, B et C"…). */
export const listIn = (words: ExportWords, items: readonly string[]): string =>
  new Intl.ListFormat(words.locale, { style: "long", type: "conjunction" }).format(items);

/** "25 November 2026", "2026年11月25日", "25 ноября 2026 г."… */
export const dateIn = (words: ExportWords, at: number): string =>
  new Intl.DateTimeFormat(words.locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at);

/** "09:30", on the 24-hour clock. */
export const timeIn = (words: ExportWords, at: number): string =>
  new Intl.DateTimeFormat(words.locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).format(at);
