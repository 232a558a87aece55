/**
 * Policy files (P-1): the JSON a `--policy` file holds, read (size limit,
 * duplicate keys, then the one validator: the values by validateValues, the
 * version and date by checkHeader) and written. Used by the
 * command-line tools and the task pane's import and export; apart from load.ts,
 * which the functions' core loads, so the functions do not carry it.
 */
import { DEFAULT_POLICY, MAX_POLICY_FILE_BYTES, POLICY_TABLE, type Policy } from "./table";
import { checkHeader, isObject, shownValue, unknownKeyProblem, validateValues, type PolicyLoad, type PolicyProblem } from "./load";

/** Validate and merge `json` ({ version, published, values }) over the defaults. */
export function loadPolicy(json: unknown): PolicyLoad {
  if (!isObject(json)) return { ok: false, problems: [{ key: "(file)", code: "badJson", given: shownValue(json), args: { detail: "not an object" } }] };
  const problems: PolicyProblem[] = [];
  for (const k of Object.keys(json)) if (!["version", "published", "values"].includes(k)) problems.push(unknownKeyProblem(k, ["version", "published", "values"]));
  const overrides = json.values ?? {};
  if (!isObject(overrides)) return { ok: false, problems: [...problems, { key: "values", code: "shape", given: shownValue(overrides), allowed: "{ key: value }" }] };
  const changes = Object.keys(overrides).length > 0;
  const header = (k: "version" | "published") => (Object.hasOwn(json, k) ? json[k] : changes ? undefined : DEFAULT_POLICY[k]);
  for (const k of ["version", "published"] as const) if (header(k) === undefined) problems.push({ key: k, code: "required" });
  const version = header("version");
  const published = header("published");
  problems.push(...checkHeader(version, published).filter((p) => !problems.some((q) => q.key === p.key)));
  const checked = validateValues(Object.entries(overrides));
  problems.push(...checked.problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy: { version: version as string, published: published as string, values: checked.values } };
}

/**
 * Keys that appear twice in one JSON object (JSON.parse keeps the last one
 * silently): their paths, "values.monthly.dailyWeight".
 */
export function duplicateJsonKeys(text: string): string[] {
  const out: string[] = [];
  const stack: { keys: Set<string> | null; path: string; key: string | null }[] = [];
  let i = 0;
  const readString = () => {
    let s = "";
    for (i++; i < text.length && text[i] !== '"'; i++) s += text[i] === "\\" ? text[i] + text[++i] : text[i];
    i++;
    try { return JSON.parse(`"${s}"`) as string; } catch { return s; }
  };
  while (i < text.length) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (ch === '"') {
      const s = readString();
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (top?.keys && text[j] === ":") {
        if (top.keys.has(s)) out.push(top.path ? `${top.path}.${s}` : s);
        top.keys.add(s);
        top.key = s;
      }
      continue;
    }
    if (ch === "{" || ch === "[") {
      const path = top ? (top.keys ? (top.path ? `${top.path}.${top.key ?? ""}` : top.key ?? "") : top.path) : "";
      stack.push({ keys: ch === "{" ? new Set() : null, path, key: null });
    } else if (ch === "}" || ch === "]") stack.pop();
    i++;
  }
  return out;
}

/** Bytes of a text in UTF-8 (each %XX of its URI encoding is one byte; a lone surrogate counts as U+FFFD). */
function utf8Length(text: string): number {
  const wellFormed = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  return encodeURIComponent(wellFormed).replace(/%[0-9A-F]{2}/g, "x").length;
}

/** Parse and load policy JSON text (a file): size limit, duplicate keys, then loadPolicy. */
export function loadPolicyText(text: string): PolicyLoad {
  const bytes = utf8Length(text);
  if (bytes > MAX_POLICY_FILE_BYTES) return { ok: false, problems: [{ key: "(file)", code: "tooLarge", given: bytes, allowed: String(MAX_POLICY_FILE_BYTES) }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ key: "(file)", code: "badJson", args: { detail: e instanceof Error ? e.message : String(e) } }] };
  }
  const duplicates: PolicyProblem[] = duplicateJsonKeys(text).map((path) => {
    const [head, ...rest] = path.startsWith("values.") ? [path.slice("values.".length)] : [path];
    const key = Object.keys(POLICY_TABLE).find((k) => head === k || head.startsWith(`${k}.`)) ?? head;
    return { key, path: head.length > key.length ? head.slice(key.length) : undefined, code: "duplicate", given: rest.join("") || null };
  });
  const loaded = loadPolicy(json);
  if (duplicates.length === 0) return loaded;
  return { ok: false, problems: [...duplicates, ...(loaded.ok ? [] : loaded.problems)] };
}

/** The policy as a JSON document (what a policy file holds). */
export function policyToJson(policy: Policy): string {
  return JSON.stringify({ version: policy.version, published: policy.published, values: policy.values }, null, "  ");
}
