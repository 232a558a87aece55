import { makeStyles, tokens } from "@fluentui/react-components";

/** The styles of the steps after Start (loaded with them). */
export const useStepStyles = makeStyles({
  subheading: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Label / value pairs (what Create writes, the summary's figures, the results).
  pairs: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pairLabel: {
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  pairValue: {
    margin: 0,
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
  // One input: its label, its box, and (for a count) its repeat tick.
  field: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 6.5em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  fieldWithRepeat: {
    gridTemplateColumns: "minmax(0, 1fr) 4.5em auto",
  },
  fieldLabel: {
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  fieldError: {
    gridColumn: "1 / -1",
    color: tokens.colorPaletteRedForeground1,
  },
  number: {
    minWidth: 0,
    width: "100%",
  },
  person: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  personNav: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
  },
  rule: {
    flexShrink: 0,
  },
  // Score bands as bars (the summary sheet has the native chart).
  band: {
    display: "grid",
    gridTemplateColumns: "4.5em minmax(0, 1fr) 3em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  bar: {
    height: "10px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground,
    // High contrast drops background colours: the bar keeps the system's highlight colour.
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "Highlight" },
  },
  barTrack: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": { outline: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  rankGroup: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalS,
  },
  count: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
  },
  blocker: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
