import { makeStyles, tokens } from "@fluentui/react-components";

export const useExplainAreaStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  live: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  block: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  // Formulas and names wrap anywhere rather than push the pane sideways.
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    whiteSpace: "normal",
  },
  details: {
    color: tokens.colorNeutralForeground2,
  },
  summary: {
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForegroundLink,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  call: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  callTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    overflowWrap: "anywhere",
  },
  sub: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontWeight: tokens.fontWeightSemibold,
  },
  inputs: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  input: {
    minWidth: 0,
  },
  where: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
  },
  dd: {
    marginLeft: tokens.spacingHorizontalM,
    overflowWrap: "anywhere",
  },
  link: {
    minWidth: 0,
    paddingLeft: 0,
  },
  nested: {
    marginLeft: tokens.spacingHorizontalM,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  warnings: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});
