/**
 * A bar chart laid out as plain shapes (no chart library): the admin renders them as SVG on the
 * server. Series that share a `stack` are stacked; different stacks stand side by side within a
 * category. Vertical bars for months, horizontal bars for long labels (units, categories).
 */
export type ChartSeries = { colour: string; key: string; label: string; stack?: string }

export type ChartSpec = {
  categories: string[]
  /** What the categories are (the first column of the chart's data table). */
  categoryLabel: string
  description: string
  orientation: 'horizontal' | 'vertical'
  series: ChartSeries[]
  title: string
  /** values[s][c]: the value of series s in category c. */
  values: number[][]
}

export type ChartBar = {
  category: number
  fill: string
  height: number
  label: string
  series: number
  value: number
  width: number
  x: number
  y: number
}
export type ChartTick = { label: string; position: number; value: number }
export type ChartLayout = {
  bars: ChartBar[]
  /** Month labels too long for their bands are drawn slanted. */
  rotateLabels: boolean
  categoryLabels: { text: string; x: number; y: number }[]
  height: number
  legend: { colour: string; label: string; x: number; y: number }[]
  max: number
  orientation: ChartSpec['orientation']
  plot: { height: number; width: number; x: number; y: number }
  ticks: ChartTick[]
  width: number
}

/** Colours told apart with every kind of colour blindness (Okabe & Ito). */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#999999',
  '#F0E442',
]

/** A round step so that about five gridlines cover `max`: 1, 2 or 5 times a power of ten. */
export const niceStep = (max: number, lines = 5) => {
  if (max <= 0) return 1
  const raw = max / lines
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!
  return Math.max(step, Number.isInteger(max) ? 1 : step)
}

/** 0, step, 2·step… up to max, counted (not summed) so that 0.1 steps do not drift. */
const tickValues = (max: number, step: number) =>
  Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6)

const formatTick = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',')

const LEGEND_ROW = 22
const FONT_WIDTH = 7

/** Lays out a chart of `width` pixels; the height follows from the categories and the legend. */
export const layoutBarChart = (spec: ChartSpec, width = 760): ChartLayout => {
  const stacks = [...new Set(spec.series.map((s) => s.stack ?? s.key))]
  const totals = spec.categories.map((_, c) =>
    stacks.map((stack) =>
      spec.series.reduce(
        (t, s, i) => ((s.stack ?? s.key) === stack ? t + (spec.values[i]?.[c] ?? 0) : t),
        0,
      ),
    ),
  )
  const top = Math.max(0, ...totals.flat())
  const step = niceStep(top)
  const max = Math.max(step, Math.ceil(top / step) * step)
  const ticks: ChartTick[] = []

  // Legend: as many entries per row as fit.
  const legend: ChartLayout['legend'] = []
  let lx = 0
  let ly = 0
  for (const s of spec.series) {
    const w = 24 + s.label.length * FONT_WIDTH + 16
    if (lx > 0 && lx + w > width) {
      lx = 0
      ly += LEGEND_ROW
    }
    legend.push({ colour: s.colour, label: s.label, x: lx, y: ly })
    lx += w
  }
  const legendHeight = ly + LEGEND_ROW + 8

  const bars: ChartBar[] = []
  const categoryLabels: ChartLayout['categoryLabels'] = []
  if (spec.orientation === 'vertical') {
    const plot = { height: 240, width: width - 56, x: 48, y: legendHeight + 8 }
    for (const v of tickValues(max, step))
      ticks.push({
        label: formatTick(v),
        position: plot.y + plot.height - (v / max) * plot.height,
        value: v,
      })
    const band = plot.width / Math.max(1, spec.categories.length)
    const barWidth = Math.min(48, (band * 0.7) / stacks.length)
    spec.categories.forEach((category, c) => {
      const start = plot.x + c * band + (band - barWidth * stacks.length) / 2
      stacks.forEach((stack, k) => {
        let base = plot.y + plot.height
        spec.series.forEach((s, i) => {
          if ((s.stack ?? s.key) !== stack) return
          const value = spec.values[i]?.[c] ?? 0
          if (!value) return
          const h = (value / max) * plot.height
          base -= h
          bars.push({
            category: c,
            fill: s.colour,
            height: h,
            label: `${s.label}, ${category}: ${formatTick(value)}`,
            series: i,
            value,
            width: barWidth,
            x: start + k * barWidth,
            y: base,
          })
        })
      })
      categoryLabels.push({
        text: category,
        x: plot.x + c * band + band / 2,
        y: plot.y + plot.height + 18,
      })
    })
    const rotateLabels = band < 72
    return {
      bars,
      categoryLabels,
      height: plot.y + plot.height + (rotateLabels ? 84 : 32),
      legend,
      max,
      orientation: 'vertical',
      plot,
      rotateLabels,
      ticks,
      width,
    }
  }

  const labelWidth = Math.min(
    260,
    Math.max(80, ...spec.categories.map((c) => c.length * FONT_WIDTH + 12)),
  )
  const rowHeight = Math.max(22, 12 * stacks.length + 10)
  const plot = {
    height: rowHeight * spec.categories.length,
    width: width - labelWidth - 24,
    x: labelWidth,
    y: legendHeight + 8,
  }
  for (const v of tickValues(max, step))
    ticks.push({ label: formatTick(v), position: plot.x + (v / max) * plot.width, value: v })
  const barHeight = (rowHeight - 8) / stacks.length
  spec.categories.forEach((category, c) => {
    stacks.forEach((stack, k) => {
      let base = plot.x
      spec.series.forEach((s, i) => {
        if ((s.stack ?? s.key) !== stack) return
        const value = spec.values[i]?.[c] ?? 0
        if (!value) return
        const w = (value / max) * plot.width
        bars.push({
          category: c,
          fill: s.colour,
          height: barHeight,
          label: `${s.label}, ${category}: ${formatTick(value)}`,
          series: i,
          value,
          width: w,
          x: base,
          y: plot.y + c * rowHeight + 4 + k * barHeight,
        })
        base += w
      })
    })
    categoryLabels.push({
      text: category,
      x: plot.x - 8,
      y: plot.y + c * rowHeight + rowHeight / 2 + 4,
    })
  })
  return {
    bars,
    categoryLabels,
    height: plot.y + plot.height + 28,
    legend,
    max,
    orientation: 'horizontal',
    plot,
    rotateLabels: false,
    ticks,
    width,
  }
}
