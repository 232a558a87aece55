/**
 * Loading the pane's areas (../areaIds.ts lists them): each is its own chunk
 * (area-<id>), loaded the first time it is shown; the last one shown is remembered
 * for the next time the pane opens.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { AREA_IDS, DEFAULT_AREA, type AreaId } from "../areaIds";

type Loader = () => Promise<{ default: ComponentType }>;

export const AREA_LOADERS: Readonly<Record<AreaId, Loader>> = {
  evaluate: () => import(/* webpackChunkName: "area-evaluate" */ "../areas/evaluate/EvaluateArea"),
  forms: () => import(/* webpackChunkName: "area-forms" */ "../areas/forms/FormsArea"),
  explain: () => import(/* webpackChunkName: "area-explain" */ "../areas/explain/ExplainArea"),
  policy: () => import(/* webpackChunkName: "area-policy" */ "../areas/policy/PolicyArea"),
  functions: () => import(/* webpackChunkName: "area-functions" */ "../areas/functions/FunctionsArea"),
};

const loaded = new Map<string, LazyExoticComponent<ComponentType>>();

/** The area's component; a new attempt after a failed load (React.lazy keeps a failure) loads it afresh. */
export function areaComponent(area: AreaId, attempt = 0): LazyExoticComponent<ComponentType> {
  const key = `${area}:${attempt}`;
  let c = loaded.get(key);
  if (!c) {
    c = lazy(AREA_LOADERS[area]);
    loaded.set(key, c);
  }
  return c;
}

const STORAGE_KEY = "kaohe.pane.area";

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** localStorage when the host allows it (some Office webviews throw on access); nothing otherwise. */
function storage(): StorageLike | undefined {
  try {
    return (globalThis as { localStorage?: StorageLike }).localStorage;
  } catch {
    return undefined;
  }
}

export function isAreaId(x: unknown): x is AreaId {
  return typeof x === "string" && (AREA_IDS as readonly string[]).includes(x);
}

export function lastArea(store: StorageLike | undefined = storage()): AreaId {
  try {
    const saved = store?.getItem(STORAGE_KEY);
    return isAreaId(saved) ? saved : DEFAULT_AREA;
  } catch {
    return DEFAULT_AREA;
  }
}

export function rememberArea(area: AreaId, store: StorageLike | undefined = storage()): void {
  try {
    store?.setItem(STORAGE_KEY, area);
  } catch { /* storage full or refused: the pane opens on the default area next time */ }
}
