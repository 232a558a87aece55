/**
 * Ribbon command handlers (dist/commands.js), loaded into the shared runtime
 * page after the functions. The Home-tab button itself uses the manifest's
 * ShowTaskpane action; the handler below is for ExecuteFunction buttons and
 * keyboard shortcuts that want the same effect.
 */
export const SHOW_TASKPANE_ACTION = "kaoheShowTaskpane";

interface ActionEvent {
  completed(): void;
}

interface OfficeLike {
  onReady(): Promise<unknown>;
  actions?: { associate(id: string, handler: (event?: ActionEvent) => unknown): void };
  addin?: { showAsTaskpane(): Promise<void> };
}

export async function showTaskpane(office: OfficeLike, event?: ActionEvent): Promise<void> {
  try {
    await office.addin?.showAsTaskpane();
  } catch {
    /* not in a shared runtime: the ribbon button's ShowTaskpane action still works */
  } finally {
    event?.completed();
  }
}

const office = (globalThis as { Office?: OfficeLike }).Office;
if (office) {
  void office.onReady().then(() => {
    try {
      office.actions?.associate(SHOW_TASKPANE_ACTION, (event) => showTaskpane(office, event));
    } catch {
      /* Office.actions needs SharedRuntime 1.1 */
    }
  });
}
