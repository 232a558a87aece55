/** The themes other than light (loaded by ./theme when Office is dark or the system forces high contrast). */
import { teamsHighContrastTheme, webDarkTheme, type Theme } from "@fluentui/react-components";

export const THEMES: Readonly<Record<"dark" | "contrast", Theme>> = { dark: webDarkTheme, contrast: teamsHighContrastTheme };
