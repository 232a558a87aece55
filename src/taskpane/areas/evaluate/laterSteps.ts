/** The wizard's steps after Start, loaded with the first operation (their own chunk: evaluate-steps). */
export { CreateStep } from "./CreateStep";
export { EnterStep } from "./EnterStep";
export { ReviewStep } from "./ReviewStep";
export { FinalizeStep } from "./FinalizeStep";
