/** functions.json and its zh-CN / zh-TW twins, as the build writes them. */
import { METADATA_FILES, functionsMetadata, metadataFiles } from "../../src/functions/metadata";
import { isCellReference, nameProblems } from "../../src/functions/names";
import { CATALOGUE, DEFAULT_POLICY, FUNCTION_NAMES, LANGS, functionDescription, paramDescription } from "../../src/rules";

describe("functions metadata", () => {
  const files = metadataFiles();

  test("three files: functions.json (en, the default) and one per Chinese locale", () => {
    expect(Object.keys(files).sort()).toEqual(["functions.json", "functions.zh-CN.json", "functions.zh-TW.json"]);
    expect(METADATA_FILES.en).toBe("functions.json");
  });

  test("every catalogue function, and only those, has its localized names (./names, apart from the catalogue); in English the id", () => {
    expect(Object.keys(FUNCTION_NAMES).sort()).toEqual(CATALOGUE.map((s) => s.id).sort());
    for (const spec of CATALOGUE) {
      expect(FUNCTION_NAMES[spec.id].en).toBe(spec.id);
      for (const lang of ["zh-CN", "zh-TW"] as const) expect([spec.id, FUNCTION_NAMES[spec.id][lang]]).toEqual([spec.id, expect.stringMatching(/^\p{Script=Han}+$/u)]);
    }
  });

  test.each(LANGS)("%s: same ids as the catalogue, with its parameters", (lang) => {
    const meta = JSON.parse(files[METADATA_FILES[lang]]);
    expect(meta.functions.map((f: { id: string }) => f.id)).toEqual(CATALOGUE.map((s) => s.id));
    for (const [i, spec] of CATALOGUE.entries()) {
      const f = meta.functions[i];
      expect(f.name).toBe(lang === "en" ? spec.id : FUNCTION_NAMES[spec.id][lang]);
      expect(f.description).toBe(functionDescription(spec, lang, DEFAULT_POLICY));
      expect(f.description).not.toMatch(/\{[\w.]+(\|.)?\}/); // every template filled
      expect(f.result).toEqual({ type: "any", dimensionality: "matrix" }); // every function can spill
      expect(f.parameters).toHaveLength(spec.params.length);
      let seenOptional = false;
      for (const [j, p] of spec.params.entries()) {
        const mp = f.parameters[j];
        expect(mp.type).toBe("any");
        expect(mp.dimensionality).toBe("matrix"); // any argument may be a whole roster
        expect(mp.optional === true).toBe(p.default !== undefined);
        expect(mp.description).toBe(paramDescription(spec, p, lang, DEFAULT_POLICY));
        if (lang === "en") expect(mp.name).toBe(p.name);
        // Excel wants optional parameters after the required ones.
        if (p.default !== undefined) seenOptional = true;
        else expect(seenOptional).toBe(false);
      }
      expect(new Set(f.parameters.map((p: { name: string }) => p.name)).size).toBe(f.parameters.length);
    }
  });

  test.each(LANGS)("%s: every id and name is a valid Excel function name, and names are unique", (lang) => {
    const meta = functionsMetadata(lang);
    for (const f of meta.functions) {
      expect([f.id, nameProblems(f.id, "id")]).toEqual([f.id, []]);
      expect([f.name, nameProblems(f.name, "name")]).toEqual([f.name, []]);
    }
    expect(new Set(meta.functions.map((f) => f.name.toUpperCase())).size).toBe(meta.functions.length);
  });

  test("the name rules themselves", () => {
    expect(isCellReference("ABC123")).toBe(true);
    expect(isCellReference("XFD1048576")).toBe(true);
    expect(isCellReference("XFE1")).toBe(false);
    expect(isCellReference("A1048577")).toBe(false);
    expect(isCellReference("R1C1")).toBe(true);
    expect(isCellReference("RC")).toBe(true);
    expect(isCellReference("SALESPAY")).toBe(false);
    expect(nameProblems("ABC123", "id")).toContain("looks like a cell reference");
    expect(nameProblems("销售工资", "name")).toEqual([]);
    expect(nameProblems("销售工资", "id")).not.toEqual([]);
    expect(nameProblems("AB", "id")).toContain("at least 3 characters");
    expect(nameProblems("1ABC", "id")).not.toEqual([]);
    expect(nameProblems("RUN", "name")).toContain("an Excel 4.0 macro function name");
    expect(nameProblems("工资 总额", "name")).not.toEqual([]);
    expect(nameProblems("A".repeat(129), "name")).toContain("at most 128 characters");
  });
});
