/**
 * Text whose rule IDs ("F-1", "K-4–K-7", "C-1.16") never break inside, whatever the pane's
 * overflow-wrap (the pane wraps anywhere so nothing pushes it sideways at 320 px).
 */
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ id: { whiteSpace: "nowrap" } });
const RULE_ID = /([A-Z]-\d+(?:\.\d+)?(?:–[A-Z]-\d+(?:\.\d+)?)?)/;

export function RuleIds({ text }: { text: string }) {
  const styles = useStyles();
  return <>{text.split(RULE_ID).map((part, i) => (i % 2 === 1 ? <span key={i} className={styles.id}>{part}</span> : part))}</>;
}
