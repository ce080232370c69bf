import { describe, expect, it } from "vitest";
import { collabSuite } from "../helpers/collabSuite";
import { connectProvider, eventually, typeParagraph } from "../helpers/collab";
import { createClient } from "../helpers/http";

// A refused change is explained in the writer's language: the account's stored choice, else what the browser
// asked for when it opened the socket; the reason (what the client acts on) is the same in every language.

describe("refusals over the socket, in the writer's language", () => {
  const { server, fx, connect, keep } = collabSuite();
  const SECTION = "Intersessional work";
  const GROUP = "WG3 Intersessional work model review";

  it("writes the refusal in the account's stored language, and in the new one once it changes", async () => {
    const member = createClient(server().url);
    await member.loginAs("wg2.member");
    expect((await member.request("PUT", "/api/me/locale", { json: { locale: "ar" } })).status).toBe(200);

    const intruder = keep(connectProvider(server().url, member.cookie!, fx().documentId, undefined, { "accept-language": "fr" }));
    await intruder.synced;
    const section = fx().section(SECTION);
    typeParagraph(intruder.doc, section, "Hors de mon groupe.");
    await eventually(() => intruder.refusals.length > 0, "the refusal");
    expect(intruder.refusals[0]).toMatchObject({ reason: "section_not_writable", sectionId: section });
    expect(intruder.refusals[0]!.message).toBe(
      `لم يُحفظ تغييرك في “\u2068${SECTION}\u2069”: فأعضاء \u2068${GROUP}\u2069 وحدهم يحررونه. نصك محفوظ لك أدناه: انسخه، أو اقترحه في شكل تعديل.`,
    );

    // Changed in the menu while the document is open: the next refusal follows.
    expect((await member.request("PUT", "/api/me/locale", { json: { locale: "zh" } })).status).toBe(200);
    typeParagraph(intruder.doc, section, "再一次。");
    await eventually(() => intruder.refusals.length > 1, "the second refusal");
    // This doc still holds the refused paragraph (a browser would reload): the next change builds on it.
    expect(intruder.refusals[1]).toMatchObject({ reason: "pending_structs" });
    expect(intruder.refusals[1]!.message).toBe("您的更改基于服务器上没有的版本，因此未保存。页面已重新加载已保存的文件。您的文本保留在下方：可复制该文本，或将其作为修正提出。");
  });

  it("writes it in the handshake's Accept-Language for an account without a choice, and in English without either", async () => {
    const member = createClient(server().url);
    await member.loginAs("wg4.member");
    const section = fx().section(SECTION);

    const russian = keep(connectProvider(server().url, member.cookie!, fx().documentId, undefined, { "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" }));
    await russian.synced;
    typeParagraph(russian.doc, section, "Не моя группа.");
    await eventually(() => russian.refusals.length > 0, "the refusal in Russian");
    expect(russian.refusals[0]!.message).toMatch(new RegExp(`^Ваше изменение в разделе «${SECTION}» не сохранено: изменять его могут только члены группы ${GROUP}\\.`));

    const english = await connect("wg1.member");
    typeParagraph(english.doc, section, "Not my group.");
    await eventually(() => english.refusals.length > 0, "the refusal in English");
    expect(english.refusals[0]!.message).toBe(
      `Your change to “${SECTION}” was not saved: only members of ${GROUP} edit it. Your text is kept for you below: copy it, or propose it as an amendment.`,
    );
  });
});
