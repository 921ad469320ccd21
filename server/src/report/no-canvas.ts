// Stands in for vega-canvas: the report draws SVG only, so it never needs a
// canvas, and node-canvas (a native binary download) is never looked for.
export function canvas(): null {
  return null;
}

export function image(): null {
  return null;
}
