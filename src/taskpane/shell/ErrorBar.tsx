/** An error as the user reads it: a sentence in their language, the Office code in a details line. */
import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../rules";
import { readableError } from "./errors";

export function ErrorBar({ lang, error, template }: { lang: Lang; error: unknown; template?: (message: string) => string }) {
  const { message, detail } = readableError(error, lang);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {template ? template(message) : message}
        {detail && <Caption1 block>{detail}</Caption1>}
      </MessageBarBody>
    </MessageBar>
  );
}
