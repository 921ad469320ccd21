import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Vega-Lite specifications drawn to SVG strings here, at report time, with no
 * browser, canvas or network: the data is inlined and the renderer is headless.
 */
export async function toSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile({ ...spec, background: 'white', config: CONFIG } as TopLevelSpec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const CONFIG = {
  font: 'system-ui, sans-serif',
  axis: { labelFontSize: 11, titleFontSize: 11 },
  axisY: { labelLimit: 300 },
  legend: { labelFontSize: 11, titleFontSize: 11 },
  view: { stroke: null },
};

type Row = Record<string, string | number>;

/** A horizontal bar per row: `label` against `value`. */
export function barSpec(rows: Row[], label: string, value: string, title: { label: string; value: string }): TopLevelSpec {
  return {
    width: 420,
    height: { step: 22 },
    data: { values: rows },
    mark: { type: 'bar', color: '#2d6a8a' },
    encoding: {
      y: { field: label, type: 'nominal', sort: '-x', title: title.label },
      x: { field: value, type: 'quantitative', title: title.value, axis: { tickMinStep: 1 } },
    },
  } as TopLevelSpec;
}

/** The share of documents of each kind that cover each pillar, grouped by pillar. */
export function pillarShareSpec(rows: Row[]): TopLevelSpec {
  return {
    width: 420,
    data: { values: rows },
    mark: 'bar',
    encoding: {
      y: { field: 'pillar', type: 'nominal', title: null, sort: null },
      yOffset: { field: 'kind' },
      x: { field: 'percent', type: 'quantitative', title: 'documents covering the pillar (%)', scale: { domain: [0, 100] } },
      color: { field: 'kind', type: 'nominal', title: 'kind', scale: { range: ['#8a5a2d', '#2d6a8a'] } },
    },
  } as TopLevelSpec;
}

/** Hours per supervisee in each period, with the required minimum as a line when one is set. */
export function hoursSpec(rows: Row[], periodTitle: string, minimum?: number): TopLevelSpec {
  const lines = {
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'period', type: 'temporal', title: periodTitle },
      y: { field: 'hours', type: 'quantitative', title: 'hours' },
      color: { field: 'name', type: 'nominal', title: 'supervisee' },
    },
  };
  const rule = { mark: { type: 'rule', color: '#b03030', strokeDash: [6, 4], strokeWidth: 2 }, encoding: { y: { datum: minimum } } };
  return { width: 520, height: 240, data: { values: rows }, layer: minimum !== undefined ? [lines, rule] : [lines] } as TopLevelSpec;
}
