/** A function's and a parameter's description under a policy (the templates of ./texts, filled by ./describe). */
import type { Policy } from "../policy/table";
import type { Lang } from "../types";
import { fillTemplate } from "./describe";
import { SPILL_NOTES, TEXTS } from "./texts";
import type { FunctionSpec, ParamSpec } from "./types";

export function functionDescription(spec: FunctionSpec, lang: Lang, policy: Policy): string {
  return fillTemplate(TEXTS[spec.id].description[lang], policy);
}

/** A parameter's description, then how it takes a whole roster when it can (the spill rule, ./types). */
export function paramDescription(spec: FunctionSpec, param: ParamSpec, lang: Lang, policy: Policy): string {
  const note = param.shape.kind === "scalar" ? SPILL_NOTES.cells : param.shape.spill === "byRow" ? SPILL_NOTES.rows : undefined;
  return fillTemplate(TEXTS[spec.id].params[param.name][lang], policy) + (note?.[lang] ?? "");
}
