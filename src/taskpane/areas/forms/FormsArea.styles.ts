import { makeStyles, tokens } from "@fluentui/react-components";

export const useFormsAreaStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  groupTitle: {
    margin: 0,
  },
  radios: {
    minWidth: 0,
  },
  option: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  line: {
    color: tokens.colorNeutralForeground3,
  },
  // The controls stay in reach while the list scrolls.
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rows: {
    flexGrow: 1,
    flexBasis: "8em",
    minWidth: 0,
  },
  actions: {
    display: "flex",
    alignItems: "flex-end",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});
