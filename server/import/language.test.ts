import { describe, expect, it } from "vitest";
import { importDocx } from "./docx";
import { zip } from "../../test/fixtures/import/handmade";

// Languages read from hand-written Word files: w:lang on runs, on paragraph styles and in the document defaults,
// and scripts where no mark says.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const styles = (defaults: string, extra = "") => `<?xml version="1.0"?><w:styles xmlns:w="${W}">
  <w:docDefaults><w:rPrDefault><w:rPr>${defaults}</w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>${extra}</w:styles>`;
const docx = (body: string, styleXml?: string) =>
  zip({
    "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ...(styleXml && { "word/styles.xml": styleXml, "word/_rels/document.xml.rels": RELS }),
  });
const run = (text: string, rPr = "") => `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (runs: string, pPr = "") => `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
const h1 = (text: string, rPr = "") => p(run(text, rPr), '<w:pStyle w:val="Heading1"/>');
const lang = (val: string, extra = "") => `<w:lang w:val="${val}"${extra}/>`;

const languagesOf = (bytes: Uint8Array) => {
  const imported = importDocx(bytes);
  return { document: imported.language, sections: imported.sections.map((s) => [s.title, s.language]) };
};

describe("languages of an imported Word file", () => {
  it("takes the document's language from the defaults and a section's own from its runs", () => {
    const body =
      h1("Introduction") +
      p(run("Le Forum reste le lieu où chaque partie prenante est entendue.")) +
      p(run("Son mandat devrait être renouvelé de manière permanente par l’Assemblée générale.")) +
      h1("Anexo", lang("es-ES")) +
      p(run("El Foro sigue siendo el lugar donde se escucha a todas las partes interesadas.", lang("es-ES")));
    expect(languagesOf(docx(body, styles(lang("fr-FR"))))).toEqual({
      document: "fr",
      sections: [
        ["Introduction", null],
        ["Anexo", "es"],
      ],
    });
  });

  it("reads w:bidi for Arabic text and w:eastAsia for Chinese, whatever w:val says", () => {
    const defaults = lang("en-US", ' w:eastAsia="zh-CN" w:bidi="ar-SA"');
    const body =
      h1("مقدمة", "<w:rtl/>") +
      p(run("تؤكد المجموعة أهمية المنتدى بوصفه منبرا جامعا لأصحاب المصلحة المتعددين.", "<w:rtl/>"), "<w:bidi/>") +
      p(run("A short English aside.")) +
      h1("附件") +
      p(run("论坛仍然是每个利益攸关方都能发表意见的地方，这一点对于今后的工作至关重要。"));
    expect(languagesOf(docx(body, styles(defaults)))).toEqual({
      document: "ar",
      sections: [
        ["مقدمة", null],
        ["附件", "zh"],
      ],
    });
  });

  it("takes a paragraph style's language, and Cyrillic letters as Russian without any mark", () => {
    const french = `<w:style w:type="paragraph" w:styleId="Corps"><w:name w:val="Corps"/><w:rPr>${lang("fr-CA")}</w:rPr></w:style>`;
    const body =
      h1("Введение") +
      p(run("Форум остается местом, где может быть услышана каждая заинтересованная сторона.")) +
      h1("Annexe") +
      p(run("Cette annexe est rédigée en français d’un bout à l’autre."), '<w:pStyle w:val="Corps"/>');
    expect(languagesOf(docx(body, styles("", french)))).toEqual({
      document: "ru",
      sections: [
        ["Введение", null],
        ["Annexe", "fr"],
      ],
    });
  });

  it("is English when nothing says otherwise, and ignores languages that are not one of the six", () => {
    const body = h1("Einleitung", lang("de-DE")) + p(run("Das Forum bleibt der Ort, an dem alle gehört werden.", lang("de-DE")));
    expect(languagesOf(docx(body))).toEqual({ document: "en", sections: [["Einleitung", null]] });
  });
});
