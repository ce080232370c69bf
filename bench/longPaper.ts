import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { RunningServer } from "../server/server";
import { createDocument } from "../server/services/documents";
import { schema } from "../shared/editor/schema";
import { sectionRootName } from "../shared/collab/protocol";

// The long paper the export and browser benchmarks open: SECTIONS sections of PARAGRAPHS paragraphs of ~80 words,
// each with a heading, a bulleted list and a table (and, when asked, footnotes), about 240 PDF pages at 40 × 25.
// Deterministic: the same paper every run.

const WORDS = (
  "the forum multistakeholder governance internet mandate review secretariat funding national regional youth initiatives " +
  "intersessional policy networks dynamic coalitions leadership panel advisory group co-facilitators outcome document " +
  "General Assembly resolution recommends welcomes encourages Member States stakeholders café naïve São Paulo Côte d’Ivoire " +
  "capacity development inclusion accessibility sustainable predictable voluntary contributions regular budget " +
  "’agreed language’ “digital cooperation” — – Tunis Agenda WSIS+20"
).split(" ");

/** The same kind of words in the other five UN languages, for papers that exercise every script (`scripts: "six"`). */
const WORDS_IN = {
  en: WORDS,
  fr: (
    "le forum gouvernance multipartite internet mandat examen secrétariat financement initiatives nationales régionales jeunesse " +
    "travaux intersessions réseaux politiques coalitions dynamiques groupe consultatif co-facilitateurs document final Assemblée " +
    "générale résolution recommande salue encourage États Membres parties prenantes renforcement des capacités inclusion " +
    "accessibilité durable prévisible contributions volontaires budget ordinaire « coopération numérique » Agenda de Tunis SMSI+20"
  ).split(" "),
  es: (
    "el foro gobernanza de múltiples partes interesadas internet mandato examen secretaría financiación iniciativas nacionales " +
    "regionales juveniles labor entre períodos de sesiones redes de políticas coaliciones dinámicas grupo asesor cofacilitadores " +
    "documento final Asamblea General resolución recomienda acoge con beneplácito alienta Estados Miembros creación de capacidad " +
    "inclusión accesibilidad sostenible previsible contribuciones voluntarias presupuesto ordinario «cooperación digital» Túnez CMSI+20"
  ).split(" "),
  ru: (
    "форум многостороннее управление интернет мандат обзор секретариат финансирование национальные региональные молодёжные " +
    "инициативы межсессионная работа политические сети динамические коалиции консультативная группа сокоординаторы итоговый " +
    "документ Генеральная Ассамблея резолюция рекомендует приветствует призывает государства-члены заинтересованные стороны " +
    "наращивание потенциала инклюзивность доступность устойчивое предсказуемое добровольные взносы регулярный бюджет " +
    "«цифровое сотрудничество» Тунисская программа ВВУИО+20"
  ).split(" "),
  ar: (
    "المنتدى حوكمة الإنترنت متعددة أصحاب المصلحة الولاية الاستعراض الأمانة التمويل المبادرات الوطنية والإقليمية والشبابية " +
    "العمل فيما بين الدورات شبكات السياسات الائتلافات الدينامية الفريق الاستشاري الميسّران الوثيقة الختامية الجمعية العامة " +
    "القرار توصي ترحب تشجع الدول الأعضاء بناء القدرات الإدماج إمكانية الوصول المستدام القابل للتنبؤ التبرعات الميزانية العادية " +
    "«التعاون الرقمي» خطة عمل تونس 2025 WSIS+20"
  ).split(" "),
  // Chinese is written without spaces between words.
  zh: (
    "论坛 多利益攸关方 治理 互联网 任务授权 审查 秘书处 资金 国家 区域 青年 倡议 闭会期间工作 政策网络 动态联盟 领导小组 " +
    "咨询小组 共同协调人 成果文件 大会 决议 建议 欢迎 鼓励 会员国 能力建设 包容 无障碍 可持续 可预测 自愿捐款 经常预算 " +
    "“数字合作” 突尼斯议程 信息社会世界峰会"
  ).split(" "),
} as const;

export type PaperLanguage = keyof typeof WORDS_IN;
/** The order the six languages take turns in a `scripts: "six"` paper. */
export const SIX_LANGUAGES: readonly PaperLanguage[] = ["en", "ar", "zh", "fr", "ru", "es"];

/** The owning groups, in turn (the demo's groups, so demo accounts edit and suggest in it). */
export const LONG_PAPER_GROUPS = ["wg1", "wg2", "wg3", "wg4", "wg5", "strategy"] as const;

/** Deterministic text: `count` words from `seed`, capitalised, with a full stop (in `language`, English by default). */
export function words(seed: number, count: number, language: PaperLanguage = "en"): string {
  const list = WORDS_IN[language];
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(list[x % list.length]!);
  }
  if (language === "zh") return `${out.join("")}。`;
  const text = out.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export interface LongPaperShape {
  sections: number;
  paragraphs: number;
  /** A footnote at the end of every fourth paragraph. */
  footnotes?: boolean;
  /** "six": the paragraphs take turns in the six UN languages (Latin, Arabic, Chinese and Cyrillic scripts). */
  scripts?: "latin" | "six";
}

/** Section `section`'s text (0-based). */
export function longPaperSection(section: number, { paragraphs, footnotes = false, scripts = "latin" }: LongPaperShape): ProseMirrorNode {
  const languageOf = (seed: number): PaperLanguage => (scripts === "six" ? SIX_LANGUAGES[seed % SIX_LANGUAGES.length]! : "en");
  const p = (seed: number, withNote: boolean) => ({
    type: "paragraph",
    content: [
      { type: "text", text: words(seed, 80, languageOf(seed)) },
      ...(withNote ? [{ type: "footnote", attrs: { text: `See ${words(seed + 500, 9, languageOf(seed))}` } }] : []),
    ],
  });
  const content: unknown[] = [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: words(section * 1000, 5).slice(0, -1) }] }];
  for (let i = 0; i < paragraphs; i++) {
    content.push(p(section * 1000 + i + 1, footnotes && i % 4 === 3));
    if (i === 5) {
      content.push({ type: "bulletList", content: [1, 2, 3, 4, 5].map((n) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: words(section * 7 + n, 14) }] }] })) });
    }
    if (i === 12) {
      const cell = (type: string, text: string) => ({ type, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
      content.push({
        type: "table",
        content: [
          { type: "tableRow", content: ["Measure", "Lead", "Timeline"].map((t) => cell("tableHeader", t)) },
          ...[1, 2, 3].map((r) => ({ type: "tableRow", content: [cell("tableCell", words(section + r, 8)), cell("tableCell", "Secretariat"), cell("tableCell", `${2026 + r}`)] })),
        ],
      });
    }
  }
  return schema.nodeFromJSON({ type: "doc", content });
}

/** The title of section `section` (0-based). */
export const longPaperSectionTitle = (section: number): string => `Section ${section + 1}: ${words(section, 4).slice(0, -1)}`;

/**
 * Creates the paper on a running server (with the demo's groups) through the services, and writes each section's
 * text through its room, as an editor's text would arrive: stored before it is seen. Returns the document's id.
 */
export async function createLongPaper(server: RunningServer, title: string, shape: LongPaperShape): Promise<string> {
  const now = Date.now();
  const document = await server.store.transaction((tx) =>
    createDocument(tx, now, null, {
      title,
      description: "Generated text for the benchmarks.",
      sections: Array.from({ length: shape.sections }, (_, i) => ({ title: longPaperSectionTitle(i), ownerGroup: LONG_PAPER_GROUPS[i % LONG_PAPER_GROUPS.length]!, content: "" })),
    }),
  );
  const sections = await server.store.documents.sections([document.id]);
  for (const [index, section] of sections.entries()) {
    await server.deps.rooms.serverChange(document.id, (doc) => prosemirrorToYXmlFragment(longPaperSection(index, shape), doc.getXmlFragment(sectionRootName(section.id))), null);
  }
  return document.id;
}
