/** Excel's range addresses as Office.js gives them ("Sheet1!C2", "'My sheet'!C2:D4", "规则!B5"). */

export interface SheetAddress {
  /** Undefined when the address names no sheet. */
  sheet?: string;
  /** A1, without $: "C2", "C2:D4", "A:A", "1:1". */
  range: string;
}

export function splitAddress(address: string): SheetAddress {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), range: quoted[2].replace(/\$/g, "") };
  const bang = address.lastIndexOf("!");
  return bang < 0 ? { range: address.replace(/\$/g, "") } : { sheet: address.slice(0, bang), range: address.slice(bang + 1).replace(/\$/g, "") };
}

/** The top-left cell of a range ("C2:D4" → "C2"). */
export function topLeft(range: string): string {
  return range.split(":")[0];
}
