import React from 'react'

import { type ChartSpec, layoutBarChart } from '../chart'

/**
 * A bar chart as SVG, drawn on the server from `layoutBarChart`: named by its `<title>` and
 * `<desc>`, every bar carrying its own value as a tooltip, text in the admin's own colour (light
 * or dark theme). The data table next to it says the same in words.
 */
export const BarChart = ({
  emptyText,
  id,
  spec,
}: {
  emptyText: string
  id: string
  spec: ChartSpec
}) => {
  const layout = layoutBarChart(spec)
  const { plot } = layout
  const vertical = layout.orientation === 'vertical'
  return (
    <svg
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="report-chart"
      fontFamily="inherit"
      fontSize={12}
      role="img"
      style={{
        color: 'var(--theme-text)',
        display: 'block',
        height: 'auto',
        maxWidth: layout.width,
        width: '100%',
      }}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{spec.title}</title>
      <desc id={`${id}-desc`}>{spec.description}</desc>
      <g>
        {layout.legend.map((item) => (
          <g key={item.label} transform={`translate(${item.x} ${item.y})`}>
            <rect fill={item.colour} height={12} rx={2} width={16} y={2} />
            <text fill="currentColor" x={22} y={12}>
              {item.label}
            </text>
          </g>
        ))}
      </g>
      <g>
        {layout.ticks.map((tick) =>
          vertical ? (
            <g key={tick.value}>
              <line
                stroke="currentColor"
                strokeOpacity={tick.value ? 0.15 : 0.5}
                x1={plot.x}
                x2={plot.x + plot.width}
                y1={tick.position}
                y2={tick.position}
              />
              <text fill="currentColor" textAnchor="end" x={plot.x - 6} y={tick.position + 4}>
                {tick.label}
              </text>
            </g>
          ) : (
            <g key={tick.value}>
              <line
                stroke="currentColor"
                strokeOpacity={tick.value ? 0.15 : 0.5}
                x1={tick.position}
                x2={tick.position}
                y1={plot.y}
                y2={plot.y + plot.height}
              />
              <text
                fill="currentColor"
                textAnchor="middle"
                x={tick.position}
                y={plot.y + plot.height + 16}
              >
                {tick.label}
              </text>
            </g>
          ),
        )}
      </g>
      <g>
        {layout.bars.map((bar) => (
          <rect
            fill={bar.fill}
            height={Math.max(bar.height, 0.5)}
            key={`${bar.series}-${bar.category}`}
            width={Math.max(bar.width, 0.5)}
            x={bar.x}
            y={bar.y}
          >
            <title>{bar.label}</title>
          </rect>
        ))}
      </g>
      <g>
        {layout.categoryLabels.map((label) =>
          vertical ? (
            <text
              fill="currentColor"
              key={label.text}
              textAnchor={layout.rotateLabels ? 'end' : 'middle'}
              transform={layout.rotateLabels ? `rotate(-40 ${label.x} ${label.y})` : undefined}
              x={label.x}
              y={label.y}
            >
              {label.text}
            </text>
          ) : (
            <text fill="currentColor" key={label.text} textAnchor="end" x={label.x} y={label.y}>
              {label.text}
            </text>
          ),
        )}
      </g>
      {layout.bars.length === 0 && (
        <text
          fill="currentColor"
          fontSize={14}
          textAnchor="middle"
          x={plot.x + plot.width / 2}
          y={plot.y + Math.max(plot.height, 40) / 2}
        >
          {emptyText}
        </text>
      )}
    </svg>
  )
}
