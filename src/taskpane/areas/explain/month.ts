/**
 * A month sheet as Explain reads it: the spec its table was written from (cycle/sheets
 * monthSheetSpec — the scheme's monthly form with the cycle's headers and carry-forward
 * columns). Loaded on demand, in the forms library's chunk.
 */
import { monthSheetSpec, tableName } from "../../../cycle/sheets";
import type { SchemeId } from "../../../cycle/ids";
import type { RecognizedForm } from "./forms";

export function monthForm(scheme: SchemeId, month: string): RecognizedForm {
  return { id: tableName(scheme, month), spec: monthSheetSpec(scheme, month) };
}
