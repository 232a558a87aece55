/**
 * Where the help pages live in the build (dist/help/…). The functions metadata
 * (helpUrl), the task pane's help link and the help generator all use these.
 */
import type { Lang } from "../rules";

/** The development server's origin; a production build passes its own (scripts/deployment.js DEV_ORIGIN). */
export const DEV_ORIGIN = "https://localhost:3000/";

/** help/<lang>/<page>.html: a function's page is named by its id (help/zh-CN/SALESPAY.html). */
export function helpPath(lang: Lang, page: string): string {
  return `help/${lang}/${page}.html`;
}

/** The page of one function, as an absolute URL on `origin` (which ends in "/"). */
export function functionHelpUrl(id: string, lang: Lang, origin: string = DEV_ORIGIN): string {
  return `${origin}${helpPath(lang, id)}`;
}
