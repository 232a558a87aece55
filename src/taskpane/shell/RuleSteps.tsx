/**
 * The steps the rules core took, as Explain and the wizard's Enter step show them: each with
 * its rule ID as a badge, what it did, and the figure it reached (`explainTrace`'s steps).
 */
import { Badge } from "@fluentui/react-components";
import { useRuleStepsStyles } from "./RuleSteps.styles";

export interface RuleStep { rule: string; text: string; value: string }

export function RuleSteps({ steps }: { steps: readonly RuleStep[] }) {
  const styles = useRuleStepsStyles();
  return (
    <ol className={styles.steps}>
      {steps.map((s, i) => (
        <li key={i} className={styles.step}>
          <Badge appearance="tint" shape="rounded" size="small" className={styles.rule}>{s.rule}</Badge>
          <span className={styles.text}>{s.text}</span>
          <strong className={styles.value}>{s.value}</strong>
        </li>
      ))}
    </ol>
  );
}
