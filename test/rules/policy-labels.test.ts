/** How the policy reads to people: units, sections, source clauses in the label's script, legal notes. */
import { LANGS, POLICY_TABLE, SCALAR_KEYS } from "../../src/rules";
import { FIELD_CASE_LABELS, FIELD_ITEM_LABELS, LEGAL_NOTES, POLICY_UNITS, SECTIONS, sectionOf, sourceText } from "../../src/rules/policy/labels";

/** Characters only Traditional Chinese writes (their Simplified forms differ). */
const TRADITIONAL_ONLY = /[條業務員勞動資暫規質線調後戶見諮詢約辦務於區經處級與晉辭職離銷紀錄計劃]/;

describe("policy labels", () => {
  test("every scalar key has a unit and a rulebook section", () => {
    for (const key of SCALAR_KEYS) {
      expect([key, POLICY_UNITS[key as keyof typeof POLICY_UNITS]]).toEqual([key, expect.any(String)]);
      expect(Object.keys(SECTIONS)).toContain(sectionOf(key));
    }
  });

  test("source clauses: Simplified in zh-CN, Traditional (as RULEBOOK.md cites) in zh-TW, English in en", () => {
    for (const [key, entry] of Object.entries(POLICY_TABLE)) {
      expect([key, sourceText(entry.source, "zh-TW")]).toEqual([key, entry.source]);
      expect([key, TRADITIONAL_ONLY.test(sourceText(entry.source, "zh-CN"))]).toEqual([key, false]);
      expect([key, sourceText(entry.source, "en")]).toEqual([key, expect.not.stringMatching(/[\u4e00-\u9fff]/)]);
    }
    expect(sourceText("勞動合同法 第40條", "zh-CN")).toBe("劳动合同法 第40条");
    expect(sourceText("勞動合同法 第40條", "en")).toBe("Labour Contract Law art. 40");
    expect(sourceText("❿ 第二十五條", "en")).toBe("❿ art. 25");
    expect(sourceText("❸ 業務員考核 ❸(三)–(六)", "en")).toBe("❸ Salesperson evaluation ❸(3)–(6)");
    expect(sourceText("六、(二) 第四條", "en")).toBe("6. (2) art. 4");
  });

  test("legal notes cite their rule (L-1 … L-7) in every language, and cite articles, not figures", () => {
    for (const [key, note] of Object.entries(LEGAL_NOTES)) {
      for (const lang of LANGS) {
        expect([key, note![lang]]).toEqual([key, expect.stringMatching(/^L-[1-7][：:]/)]);
        const withoutCitations = note![lang].replace(/^L-\d/, "").replace(/第\d+[条條號号]|art\. \d+|No\. \d+/g, "");
        expect([key, withoutCitations]).toEqual([key, expect.not.stringMatching(/\d/)]);
      }
    }
  });

  test("every field-service item and case of the default policy has a name in three languages", () => {
    for (const item of POLICY_TABLE["fieldRep.items"].value) {
      for (const lang of LANGS) expect(FIELD_ITEM_LABELS[item.id][lang]).toMatch(/\S/);
      for (const c of item.cases) for (const lang of LANGS) expect([c.key, FIELD_CASE_LABELS[c.key]?.[lang]]).toEqual([c.key, expect.stringMatching(/\S/)]);
    }
  });
});
