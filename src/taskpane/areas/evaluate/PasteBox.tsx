/** The box roster text is pasted into (Start, "pasted text"); its own small chunk. */
import { Field, Textarea } from "@fluentui/react-components";
import { useEvaluateStyles } from "./EvaluateArea.styles";

export default function PasteBox({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: string; onChange(text: string): void }) {
  const styles = useEvaluateStyles();
  return (
    <Field label={label}>
      <Textarea className={styles.textarea} value={value} placeholder={placeholder} onChange={(_, d) => onChange(d.value)} resize="vertical" />
    </Field>
  );
}
