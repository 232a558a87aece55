/**
 * The custom functions' JSON metadata (functions.json and its zh-CN / zh-TW
 * twins), derived from the catalogue: never hand-written. Pure; webpack's
 * FunctionsMetadataPlugin (webpack.config.js) writes the files into dist/.
 *
 * Names: en = the stable id, zh-CN / zh-TW = the catalogue's localized name
 * (Excel allows any Unicode letters in a function name). Descriptions are the
 * catalogue's templates filled with the default policy. Every parameter is
 * type "any" (the core does its own coercion and messages); optional parameters
 * are marked optional. Every function carries the helpUrl of its generated help
 * page on the build's origin (src/help).
 *
 * Every parameter and every result is "matrix", so one call can take a whole roster
 * and spill a column of results (the spill rule, src/rules/catalogue/types.ts).
 * "matrix" is "a 2-dimensional array" (custom-functions-json, parameters and result:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json): Excel passes
 * a range as rows of cells and a single cell or value as a 1×1 array (the repeating-range
 * example of custom-functions-parameter-options, ADD(5,B2,C3,8,E5:E8), gets 5 and B2 as
 * matrices); the function returns a
 * two-dimensional array, which spills below and beside the formula, and a 1×1 array is
 * just the formula's cell ("Return multiple results from your custom function",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays).
 * An element's error is a CustomFunctions.Error inside the array ("Handle errors when
 * working with dynamic arrays", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors;
 * the Error class is CustomFunctionsRuntime 1.2).
 */
import { DEV_ORIGIN, functionHelpUrl } from "../help/paths";
import { CATALOGUE, DEFAULT_POLICY, FUNCTION_NAMES, LANGS, functionDescription, paramDescription, type FunctionSpec, type Lang, type ParamSpec, type Policy } from "../rules";

export const METADATA_SCHEMA = "https://developer.microsoft.com/json-schemas/office-js/custom-functions.schema.json";

/** The metadata file of each language (en is the manifest's default). */
export const METADATA_FILES: Readonly<Record<Lang, string>> = {
  en: "functions.json",
  "zh-CN": "functions.zh-CN.json",
  "zh-TW": "functions.zh-TW.json",
};

export interface ParameterMetadata {
  name: string;
  description: string;
  type: "any";
  dimensionality: "matrix";
  optional?: true;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: ParameterMetadata[];
  result: { type: "any"; dimensionality: "matrix" };
}

export interface FunctionsMetadata {
  $schema: string;
  functions: FunctionMetadata[];
}

export function functionName(spec: FunctionSpec, lang: Lang): string {
  return lang === "en" ? spec.id : FUNCTION_NAMES[spec.id][lang];
}

/** en: the catalogue's parameter name (totalPay); zh: its label (工资总额), without spaces. */
export function parameterName(param: ParamSpec, lang: Lang): string {
  return lang === "en" ? param.name : param.label[lang].replace(/\s+/g, "");
}

export function functionMetadata(spec: FunctionSpec, lang: Lang, policy: Policy = DEFAULT_POLICY, origin: string = DEV_ORIGIN): FunctionMetadata {
  return {
    id: spec.id,
    name: functionName(spec, lang),
    description: functionDescription(spec, lang, policy),
    helpUrl: functionHelpUrl(spec.id, lang, origin),
    parameters: spec.params.map((p) => ({
      name: parameterName(p, lang),
      description: paramDescription(spec, p, lang, policy),
      type: "any",
      dimensionality: "matrix",
      ...(p.default !== undefined ? { optional: true as const } : {}),
    })),
    result: { type: "any", dimensionality: "matrix" },
  };
}

export function functionsMetadata(lang: Lang, catalogue: readonly FunctionSpec[] = CATALOGUE, policy: Policy = DEFAULT_POLICY, origin: string = DEV_ORIGIN): FunctionsMetadata {
  return { $schema: METADATA_SCHEMA, functions: catalogue.map((spec) => functionMetadata(spec, lang, policy, origin)) };
}

/** The three files as webpack emits them for a build served from `origin`: file name → JSON text. */
export function metadataFiles(catalogue: readonly FunctionSpec[] = CATALOGUE, origin: string = DEV_ORIGIN): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of LANGS) out[METADATA_FILES[lang]] = `${JSON.stringify(functionsMetadata(lang, catalogue, DEFAULT_POLICY, origin), null, "  ")}\n`;
  return out;
}
