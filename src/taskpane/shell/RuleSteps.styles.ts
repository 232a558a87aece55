import { makeStyles, tokens } from "@fluentui/react-components";

export const useRuleStepsStyles = makeStyles({
  steps: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  // Rule, words and figure on one line while they fit; at 320 px the words wrap under nothing wider.
  step: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  rule: {
    flexShrink: 0,
  },
  text: {
    flexGrow: 1,
    flexBasis: "8em",
    minWidth: 0,
  },
  value: {
    fontVariantNumeric: "tabular-nums",
  },
});
