/**
 * The functions bundle (dist/functions.js): registers every catalogue
 * function as HR.<ID>. Loaded first in the shared runtime page (taskpane.html)
 * and by functions.html; no React or Fluent UI here (budget: functions.html ≤ 32 KB gzip).
 */
import { CATALOGUE } from "../rules";
import { officeLang } from "../shared/lang";
import { publishRuntime } from "../shared/runtime";
import { excelFunction, type FunctionRuntime } from "./adapter";
import { excelPolicyHost } from "./excelHost";
import { PolicySource, type PolicyHost } from "./policySource";

/** The part of the CustomFunctions runtime API used here. */
interface CustomFunctionsApi {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: { invalidValue: string };
}

interface OfficeApi {
  onReady(): Promise<unknown>;
}

const g = globalThis as { CustomFunctions?: CustomFunctionsApi; Office?: OfficeApi; Excel?: typeof Excel };

function officeReady(): Promise<unknown> {
  try {
    return g.Office?.onReady ? g.Office.onReady() : Promise.resolve();
  } catch {
    return Promise.resolve();
  }
}

/** Excel.run is there in the shared runtime; without it the functions use the default policy. */
const host: PolicyHost | null = g.Excel?.run ? excelPolicyHost(g.Excel, officeReady) : null;
const policy = new PolicySource(host);

const runtime: FunctionRuntime = {
  policy: () => policy.peek() ?? policy.get(),
  lang: officeLang,
  error: (message) => {
    const cf = g.CustomFunctions;
    return cf ? new cf.Error(cf.ErrorCode.invalidValue, message) : `#VALUE! ${message}`;
  },
};

const registered: string[] = [];
const cf = g.CustomFunctions;
if (cf) {
  for (const spec of CATALOGUE) {
    try {
      cf.associate(spec.id, excelFunction(spec, runtime));
      registered.push(spec.id);
    } catch {
      /* an id the metadata lacks: skip it, register the rest */
    }
  }
}

publishRuntime({ policy, registered });

// Read the policy (and start watching it) as soon as Office is ready, not on the first formula.
void officeReady().then(() => policy.get());
