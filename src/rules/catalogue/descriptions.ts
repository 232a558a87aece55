/** A function's and a parameter's description under a policy (the templates of ./texts, filled by ./describe). */
import type { Policy } from "../policy/table";
import type { Lang } from "../types";
import { fillTemplate } from "./describe";
import { TEXTS } from "./texts";
import type { FunctionSpec, ParamSpec } from "./types";

export function functionDescription(spec: FunctionSpec, lang: Lang, policy: Policy): string {
  return fillTemplate(TEXTS[spec.id].description[lang], policy);
}

export function paramDescription(spec: FunctionSpec, param: ParamSpec, lang: Lang, policy: Policy): string {
  return fillTemplate(TEXTS[spec.id].params[param.name][lang], policy);
}
