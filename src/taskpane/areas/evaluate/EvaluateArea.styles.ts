import { makeStyles, tokens } from "@fluentui/react-components";

/** The wizard's styles: the area and its first step (the later steps add ./steps.styles.ts). */
export const useEvaluateStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  head: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  // The five steps: numbered, wrapping onto a second line on a narrow pane.
  steps: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  stepButton: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: {
    margin: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  nav: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "start",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: "anywhere",
    },
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  messageList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  flag: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  /** A problem with its select button: the button goes under a long message rather than squeezed beside it. */
  flagWrap: {
    flexWrap: "wrap",
  },
  flagButton: {
    minWidth: 0,
    height: "auto",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
    whiteSpace: "normal",
  },
  wrap: {
    flexWrap: "wrap",
  },
  textarea: {
    minHeight: "7em",
  },
});
