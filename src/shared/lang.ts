/**
 * The Office display language → the rules core's language (FUNCTIONS.md:
 * text results and messages follow zh-CN, zh-TW or en).
 */
import type { Lang } from "../rules";

/** zh-CN/zh-SG (and zh-Hans) → zh-CN; zh-TW/zh-HK/zh-MO (and zh-Hant) → zh-TW; anything else → en. */
export function toLang(displayLanguage: string | null | undefined): Lang {
  const tag = (displayLanguage ?? "").trim().toLowerCase().replace(/_/g, "-");
  if (!tag.startsWith("zh")) return "en";
  if (/^zh-(tw|hk|mo)\b/.test(tag) || tag.startsWith("zh-hant")) return "zh-TW";
  return "zh-CN";
}

interface OfficeLike {
  context?: { displayLanguage?: string } | null;
}

/** The Office display language as a Lang; "en" when Office is not (yet) available. */
export function officeLang(): Lang {
  try {
    const office = (globalThis as { Office?: OfficeLike }).Office;
    return toLang(office?.context?.displayLanguage);
  } catch {
    return "en";
  }
}
