import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Words on screen that bypass the catalogues: JSX text, and string literals given to the attributes and props that
// people read or hear (aria-label, title, placeholder, alt, and our components' label, hint, busyLabel…), found
// with the TypeScript compiler's own parser. A translated file has none; the files not yet translated are listed
// below, and the test fails both when a file outside the list has such words and when a listed file has none left.

const CLIENT_SRC = fileURLToPath(new URL("..", import.meta.url));

/** Not yet translated. THIS LIST MAY ONLY SHRINK: a file leaves it when its words move to the catalogues. */
const NOT_YET_TRANSLATED = new Set<string>([
]);

/** Props and attributes whose text is read or heard by a person. */
const USER_FACING = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
  "busyLabel",
  "submitLabel",
  "confirmLabel",
  "hint",
  "legend",
  "description",
  "caption",
  "reason",
  "area",
  "current",
  "heading",
  "message",
]);

/** Fields of an object literal ({ label: "…" }) whose text is read or heard: a column's or an option's label. */
const FACING_FIELDS = new Set(["label", "title", "placeholder", "alt", "hint", "description", "caption", "message", "busyLabel", "legend"]);

/** A message id ("admin.nav.users") names words, it is none. */
const isMessageId = (text: string): boolean => /^[a-zA-Z][\w-]*(\.[\w-]+)+$/.test(text);

/** Names that are the same in every language. */
const NOT_WORDS = new Set(["Penholder"]);

const hasWords = (text: string): boolean => {
  const trimmed = text.trim();
  return trimmed.length > 0 && !NOT_WORDS.has(trimmed) && /\p{L}/u.test(trimmed);
};

const CONDITIONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.InKeyword,
  ts.SyntaxKind.InstanceOfKeyword,
]);

export interface Finding {
  line: number;
  text: string;
}

/**
 * The words in one file that bypass translation. `facing` says whether a string met here ends up on screen: inside
 * a JSX child expression or a user-facing attribute, except where it is a condition, a comparison, an index or a
 * call's argument (a message id, a key).
 */
export function findUntranslated(fileName: string, source: string): Finding[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });

  function visit(node: ts.Node, facing: boolean): void {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) return;
    if (ts.isJsxText(node)) {
      if (hasWords(node.text)) report(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      if (node.initializer) visit(node.initializer, USER_FACING.has(name));
      return;
    }
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      // An object's field named like a user-facing prop ({ label: "…" }) is read or heard too, unless it holds an id.
      const initializer = node.initializer;
      if ((ts.isStringLiteral(initializer) || ts.isNoSubstitutionTemplateLiteral(initializer)) && isMessageId(initializer.text)) return;
      visit(initializer, FACING_FIELDS.has(node.name.text));
      return;
    }
    if (ts.isJsxExpression(node)) {
      const child = ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent);
      if (node.expression) visit(node.expression, child || facing);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (facing && hasWords(node.text)) report(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (facing && parts.some(hasWords)) report(node, node.getText(file));
      for (const span of node.templateSpans) visit(span.expression, false);
      return;
    }
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (CONDITIONS.has(operator)) return;
      const conditionOnLeft = operator === ts.SyntaxKind.AmpersandAmpersandToken;
      visit(node.left, conditionOnLeft ? false : facing);
      visit(node.right, facing);
      return;
    }
    if (ts.isConditionalExpression(node)) {
      visit(node.condition, false);
      visit(node.whenTrue, facing);
      visit(node.whenFalse, facing);
      return;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      visit(node.expression, false);
      for (const argument of node.arguments ?? []) visit(argument, false);
      return;
    }
    if (ts.isElementAccessExpression(node)) {
      visit(node.expression, facing);
      visit(node.argumentExpression, false);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, facing));
  }

  visit(file, false);
  return found;
}

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const clientPath = (path: string) => relative(CLIENT_SRC, path).split(sep).join("/");

describe("words that bypass translation", () => {
  it("finds JSX text and user-facing literals, and leaves ids, keys and conditions alone", () => {
    const source = `
      export const A = ({ busy, t, status, kind }) => (
        <section aria-label="Main area" className="card wide">
          <h1 title={busy ? "Saving…" : t("x.title")}>Hello {"world"}</h1>
          {status === "loading" && <p>{t("documents.loading")}</p>}
          <Field label={\`Name of \${kind}\`} id="login-email" type="email" />
          <span aria-hidden="true"> · </span>
          {LABELS[kind]} {"·"} <Wordmark /> Penholder
        </section>
      );`;
    expect(findUntranslated("a.tsx", source).map((f) => f.text)).toEqual(["Main area", "Saving…", "Hello", "world", "`Name of ${kind}`"]);
  });

  it("finds the words in an object's label or title, in .ts files too, and leaves ids and codes there alone", () => {
    const source = `
      export const ACTIONS = { label: "Actions", hidden: true };
      export const NAV = [{ to: "users", label: "admin.nav.users" }];
      export const refusal = { reason: "malformed", heading: "h3", title: \`Draft of \${name}\` };
      export function errorsOf<Values>(errors: Values): boolean { return errors !== null; }`;
    expect(findUntranslated("a.ts", source).map((f) => f.text)).toEqual(["Actions", "`Draft of ${name}`"]);
  });

  it("finds none in the translated files, and some in each file still listed", () => {
    const files = componentFiles(CLIENT_SRC).map((path) => ({ name: clientPath(path), findings: findUntranslated(path, readFileSync(path, "utf8")) }));
    const bypassing = files.filter((f) => f.findings.length > 0 && !NOT_YET_TRANSLATED.has(f.name));
    expect(bypassing.map((f) => `${f.name}: ${f.findings.map((x) => `${x.line} "${x.text}"`).join(", ")}`)).toEqual([]);
    const done = files.filter((f) => f.findings.length === 0 && NOT_YET_TRANSLATED.has(f.name)).map((f) => f.name);
    // Translated at last: take it off the list.
    expect(done).toEqual([]);
    const missing = [...NOT_YET_TRANSLATED].filter((name) => !files.some((f) => f.name === name));
    expect(missing).toEqual([]);
  });
});
