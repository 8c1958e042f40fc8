import { useId } from 'react';

export interface Series {
  name: string;
  points: { x: Date; y: number }[];
  /** A band (e.g. a forecast's 80 % interval) drawn under the line. */
  band?: { x: Date; low: number; high: number }[];
  dashed?: boolean;
}

const PALETTE = ['var(--accent)', '#c2410c', '#13734b', '#7c3aed'];

/**
 * A small time-series chart in SVG with labelled axes; `formatY` renders values (money, index).
 * A table of the same figures is given to screen readers.
 */
export function LineChart({
  series,
  label,
  formatY,
  formatX,
  width = 640,
  height = 240,
}: {
  series: Series[];
  label: string;
  formatY: (v: number) => string;
  formatX: (d: Date) => string;
  width?: number;
  height?: number;
}) {
  const titleId = useId();
  const pad = { left: 84, right: 12, top: 12, bottom: 28 };
  const xs = series.flatMap((s) => [
    ...s.points.map((p) => p.x.getTime()),
    ...(s.band ?? []).map((b) => b.x.getTime()),
  ]);
  const ys = series.flatMap((s) => [...s.points.map((p) => p.y), ...(s.band ?? []).flatMap((b) => [b.low, b.high])]);
  if (xs.length === 0) return <p className="muted">Нет данных для графика.</p>;
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (y0 === y1) [y0, y1] = [y0 * 0.95, y1 * 1.05 || 1];
  const sx = (t: number) => pad.left + ((t - x0) / (x1 - x0 || 1)) * (width - pad.left - pad.right);
  const sy = (v: number) => pad.top + (1 - (v - y0) / (y1 - y0)) * (height - pad.top - pad.bottom);
  const ticks = [0, 0.5, 1].map((k) => y0 + k * (y1 - y0));
  return (
    <figure style={{ margin: 0 }}>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{label}</title>
        {ticks.map((v) => (
          <g key={v}>
            <line
              x1={pad.left}
              x2={width - pad.right}
              y1={sy(v)}
              y2={sy(v)}
              stroke="currentColor"
              strokeOpacity="0.12"
            />
            <text x={pad.left - 6} y={sy(v) + 4} fontSize="11" textAnchor="end" fill="currentColor">
              {formatY(v)}
            </text>
          </g>
        ))}
        <text x={pad.left} y={height - 8} fontSize="11" fill="currentColor">
          {formatX(new Date(x0))}
        </text>
        <text x={width - pad.right} y={height - 8} fontSize="11" textAnchor="end" fill="currentColor">
          {formatX(new Date(x1))}
        </text>
        {series.map((s, i) => {
          const colour = PALETTE[i % PALETTE.length];
          const line = s.points
            .map((p, j) => `${j ? 'L' : 'M'}${sx(p.x.getTime()).toFixed(1)},${sy(p.y).toFixed(1)}`)
            .join('');
          const band = s.band?.length
            ? `M${s.band.map((b) => `${sx(b.x.getTime()).toFixed(1)},${sy(b.high).toFixed(1)}`).join('L')}L${[...s.band]
                .reverse()
                .map((b) => `${sx(b.x.getTime()).toFixed(1)},${sy(b.low).toFixed(1)}`)
                .join('L')}Z`
            : null;
          return (
            <g key={s.name}>
              {band && <path d={band} fill={colour} fillOpacity="0.15" />}
              <path
                d={line}
                fill="none"
                stroke={colour}
                strokeWidth="2.5"
                strokeDasharray={s.dashed ? '6 4' : undefined}
              />
              {s.points.length === 1 && (
                <circle cx={sx(s.points[0]!.x.getTime())} cy={sy(s.points[0]!.y)} r="4" fill={colour} />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="row small">
        {series.map((s, i) => (
          <span key={s.name} className="row" style={{ gap: '0.3rem' }}>
            <span
              aria-hidden="true"
              style={{ width: 14, height: 3, background: PALETTE[i % PALETTE.length], display: 'inline-block' }}
            />
            {s.name}
          </span>
        ))}
      </figcaption>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <tbody>
          {series.flatMap((s) =>
            s.points.map((p) => (
              <tr key={`${s.name}-${p.x.toISOString()}`}>
                <th>{s.name}</th>
                <td>{formatX(p.x)}</td>
                <td>{formatY(p.y)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </figure>
  );
}
