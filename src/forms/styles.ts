/** How each style key looks, as plain data both writers apply. Colours are RGB hex without '#'. */
import type { FlagStyle, StyleKey } from "./types";

export interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  /** Shrink the text to the cell's width instead of wrapping or spilling. */
  shrink?: boolean;
  border?: boolean;
}

export const LOOKS: Readonly<Record<StyleKey, Look>> = {
  title: { bold: true, size: 16, align: "center" },
  version: { size: 10, italic: true, color: "595959", wrap: true },
  section: { bold: true, fill: "DDEBF7", align: "left", wrap: true },
  /** A table's title inside a section. */
  subhead: { bold: true, align: "left" },
  header: { bold: true, fill: "D9E1F2", align: "center", wrap: true, border: true },
  label: { fill: "F2F2F2", wrap: true },
  input: { fill: "FFFDF0" },
  output: { fill: "EEF6EA" },
  total: { bold: true, fill: "E2EFDA" },
  note: { size: 10, italic: true, color: "404040", wrap: true },
  /** A box to sign or stamp in (its text, if any, a grey hint). */
  sign: { border: true, align: "center", color: "808080" },
  plain: {},
  /** Running text (wraps; its row is made tall enough). */
  text: { wrap: true },
};

export const FLAG_LOOKS: Readonly<Record<FlagStyle, { fill: string; color: string }>> = {
  flag: { fill: "F8CBAD", color: "9C0006" },
  warn: { fill: "FFEB9C", color: "7F6000" },
  good: { fill: "C6EFCE", color: "006100" },
  muted: { fill: "EDEDED", color: "808080" },
};

export const FONT_BY_LANG = { "zh-CN": "Microsoft YaHei", "zh-TW": "Microsoft JhengHei", en: "Calibri" } as const;
export const BASE_FONT_SIZE = 10;
