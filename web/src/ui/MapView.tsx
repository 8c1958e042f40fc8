import { useQuery } from '@tanstack/react-query';
import { useId, type KeyboardEvent, type MouseEvent } from 'react';
import { formatDistance } from '../lib/format';
import { fitView, project, scaleBar, unproject, type LatLon } from './map-math';

export type MapPointKind = 'pickup' | 'drop' | 'truck' | 'me' | 'warehouse' | 'job';

export interface MapPoint extends LatLon {
  label: string;
  kind?: MapPointKind;
}

const COLOURS: Record<MapPointKind, string> = {
  pickup: '#0a5fd6',
  drop: '#13734b',
  truck: '#c2410c',
  me: '#7c3aed',
  warehouse: '#0a5fd6',
  job: '#0a5fd6',
};

interface AppConfig {
  mapTileUrl: string | null;
  mapAttribution: string | null;
}

/** The server tells whether a tile server is configured (MAP_TILE_URL); without one, no tiles. */
export function useAppConfig() {
  return useQuery({
    queryKey: ['app-config'],
    queryFn: async (): Promise<AppConfig> => {
      const res = await fetch('/app-config.json');
      return res.ok ? ((await res.json()) as AppConfig) : { mapTileUrl: null, mapAttribution: null };
    },
    staleTime: Infinity,
  });
}

/**
 * A map drawn in SVG: points, a route and a scale bar on a plain background, so it works where no
 * tile server can be reached; with MAP_TILE_URL set, raster tiles are drawn underneath.
 * `onPick` makes it a point picker (click, or arrow keys to nudge the chosen point).
 */
export function MapView({
  points,
  route,
  width = 640,
  height = 360,
  onPick,
  label,
}: {
  points: MapPoint[];
  route?: LatLon[];
  width?: number;
  height?: number;
  onPick?: (p: LatLon) => void;
  label: string;
}) {
  const titleId = useId();
  const config = useAppConfig();
  const all = [...points, ...(route ?? [])];
  const { zoom, left, top } = fitView(all, width, height);
  const at = (p: LatLon) => {
    const w = project(p, zoom);
    return { x: w.x - left, y: w.y - top };
  };
  const centreLat = unproject(left + width / 2, top + height / 2, zoom).lat;
  const bar = scaleBar(centreLat, zoom);
  const tiles = config.data?.mapTileUrl ? tileList(config.data.mapTileUrl, zoom, left, top, width, height) : [];

  const pick = (e: MouseEvent<SVGSVGElement>) => {
    if (!onPick) return;
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * width + left;
    const y = ((e.clientY - box.top) / box.height) * height + top;
    onPick(unproject(x, y, zoom));
  };
  const nudge = (e: KeyboardEvent<SVGSVGElement>) => {
    const first = points[0];
    if (!onPick || !first) return;
    const step = { ArrowUp: [0, -10], ArrowDown: [0, 10], ArrowLeft: [-10, 0], ArrowRight: [10, 0] }[e.key];
    if (!step) return;
    e.preventDefault();
    const p = project(first, zoom);
    onPick(unproject(p.x + step[0]!, p.y + step[1]!, zoom));
  };

  const routePath = (route ?? [])
    .map((p, i) => `${i ? 'L' : 'M'}${at(p).x.toFixed(1)},${at(p).y.toFixed(1)}`)
    .join(' ');
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="map"
        viewBox={`0 0 ${width} ${height}`}
        role={onPick ? 'application' : 'img'}
        aria-labelledby={titleId}
        tabIndex={onPick ? 0 : undefined}
        onClick={pick}
        onKeyDown={nudge}
        style={{ cursor: onPick ? 'crosshair' : undefined, aspectRatio: `${width} / ${height}` }}
      >
        <title id={titleId}>{label}</title>
        <defs>
          <pattern id={`${titleId}-grid`} width="40" height="40" patternUnits="userSpaceOnUse">
            <path d="M40 0H0V40" fill="none" stroke="currentColor" strokeOpacity="0.08" />
          </pattern>
        </defs>
        <rect width={width} height={height} fill={`url(#${titleId}-grid)`} />
        {tiles.map((t) => (
          <image key={t.key} href={t.href} x={t.x} y={t.y} width="256" height="256" />
        ))}
        {routePath && (
          <path
            d={routePath}
            fill="none"
            stroke="#c2410c"
            strokeWidth="4"
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        )}
        {points.map((p, i) => {
          const { x, y } = at(p);
          const colour = COLOURS[p.kind ?? 'job'];
          return (
            <g key={`${p.label}-${i}`} transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}>
              <circle r={p.kind === 'truck' ? 9 : 7} fill={colour} stroke="#fff" strokeWidth="2.5" />
              <text
                x="11"
                y="4"
                fontSize="13"
                fontWeight="600"
                fill="currentColor"
                stroke="var(--glass-strong)"
                strokeWidth="3"
                paintOrder="stroke"
              >
                {p.label}
              </text>
            </g>
          );
        })}
        <g transform={`translate(12,${height - 16})`} aria-hidden="true">
          <path d={`M0,-6V0H${bar.pixels.toFixed(1)}V-6`} fill="none" stroke="currentColor" strokeWidth="2" />
          <text x={bar.pixels + 6} y="0" fontSize="12" fill="currentColor">
            {formatDistance(bar.metres)}
          </text>
        </g>
        {config.data?.mapAttribution && tiles.length > 0 && (
          <text x={width - 6} y={height - 6} fontSize="10" textAnchor="end" fill="currentColor">
            {config.data.mapAttribution}
          </text>
        )}
      </svg>
      <figcaption className="visually-hidden">
        {points.map((p) => `${p.label}: ${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}`).join('; ')}
      </figcaption>
    </figure>
  );
}

function tileList(template: string, zoom: number, left: number, top: number, width: number, height: number) {
  const out: { key: string; href: string; x: number; y: number }[] = [];
  const n = 2 ** zoom;
  for (let tx = Math.floor(left / 256); tx <= Math.floor((left + width) / 256); tx++) {
    for (let ty = Math.floor(top / 256); ty <= Math.floor((top + height) / 256); ty++) {
      if (ty < 0 || ty >= n) continue;
      const wx = ((tx % n) + n) % n;
      const href = template.replace('{z}', String(zoom)).replace('{x}', String(wx)).replace('{y}', String(ty));
      out.push({ key: `${zoom}/${tx}/${ty}`, href, x: tx * 256 - left, y: ty * 256 - top });
    }
  }
  return out;
}
