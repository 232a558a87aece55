/**
 * The Evaluate area: the slot of the monthly wizard (its own issue). Until it lands
 * the area says what it will do and points to Forms — no controls that do nothing.
 */
import { Body1, Link, Subtitle2 } from "@fluentui/react-components";
import { translate } from "../../../rules";
import { useHost } from "../../host";
import { EVALUATE } from "./texts";

export default function EvaluateArea() {
  const { lang, go } = useHost();
  return (
    <section aria-labelledby="kaohe-evaluate">
      <Subtitle2 as="h2" id="kaohe-evaluate" block>{translate(EVALUATE, "title", lang)}</Subtitle2>
      <Body1 as="p">
        {translate(EVALUATE, "soon", lang)}{" "}
        <Link as="button" onClick={() => go("forms")}>{translate(EVALUATE, "toForms", lang)}</Link>
      </Body1>
    </section>
  );
}
