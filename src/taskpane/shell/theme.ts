/**
 * The pane follows Office's theme: Office.context.officeTheme (dark when Office says so,
 * or when its body background is dark), high contrast when the system forces colours
 * (the forced-colors media query, which Windows high-contrast themes set), light otherwise.
 * Changes arrive through Office's OfficeThemeChanged event where the host offers it and
 * through the media queries.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeKind = "light" | "dark" | "contrast";

/** The Fluent theme of a kind: light at once; dark and high contrast load when first needed (most users never do). */
export async function loadTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === "light") return webLightTheme;
  const themes = await import(/* webpackChunkName: "themes" */ "./themes");
  return themes.THEMES[kind];
}

export { webLightTheme as LIGHT_THEME };

export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

interface MediaLike {
  matches: boolean;
  addEventListener?(type: "change", listener: () => void): void;
}

interface OfficeLike {
  context?: {
    officeTheme?: OfficeThemeLike;
    document?: { addHandlerAsync?(type: unknown, handler: () => void, callback?: () => void): void };
  };
  EventType?: { OfficeThemeChanged?: unknown };
}

/** Relative luminance of #rrggbb (WCAG), or undefined for anything else. */
export function luminance(hex: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Below this luminance a background is dark (halfway between black and white, perceptually). */
const DARK_BELOW = 0.18;

export function themeKind(officeTheme: OfficeThemeLike | undefined, forcedColors: boolean, prefersDark: boolean): ThemeKind {
  if (forcedColors) return "contrast";
  if (officeTheme?.isDarkTheme !== undefined) return officeTheme.isDarkTheme ? "dark" : "light";
  const l = luminance(officeTheme?.bodyBackgroundColor);
  if (l !== undefined) return l < DARK_BELOW ? "dark" : "light";
  return prefersDark ? "dark" : "light";
}

function media(query: string): MediaLike | undefined {
  try {
    return typeof matchMedia === "function" ? matchMedia(query) : undefined;
  } catch {
    return undefined;
  }
}

const FORCED = "(forced-colors: active)";
const DARK = "(prefers-color-scheme: dark)";
const office = () => (globalThis as { Office?: OfficeLike }).Office;

/** The theme Office and the system ask for now. */
export function currentThemeKind(): ThemeKind {
  return themeKind(office()?.context?.officeTheme, media(FORCED)?.matches ?? false, media(DARK)?.matches ?? false);
}

/** Hear of theme changes (Office's event where the host has it, the media queries). */
export function watchTheme(onChange: (kind: ThemeKind) => void): void {
  const notify = () => onChange(currentThemeKind());
  media(FORCED)?.addEventListener?.("change", notify);
  media(DARK)?.addEventListener?.("change", notify);
  try {
    const o = office();
    const type = o?.EventType?.OfficeThemeChanged;
    if (type !== undefined) o?.context?.document?.addHandlerAsync?.(type, notify);
  } catch { /* this host does not report theme changes: the theme read at start stays */ }
}
