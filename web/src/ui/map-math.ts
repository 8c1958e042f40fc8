/** Web Mercator in "world pixels" at zoom z (256 px tiles), the projection every tile server uses. */
export interface LatLon {
  lat: number;
  lon: number;
}

const TILE = 256;
const MAX_LAT = 85.05112878;

export function project({ lat, lon }: LatLon, zoom: number): { x: number; y: number } {
  const scale = TILE * 2 ** zoom;
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return {
    x: ((lon + 180) / 360) * scale,
    y: ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * scale,
  };
}

export function unproject(x: number, y: number, zoom: number): LatLon {
  const scale = TILE * 2 ** zoom;
  const lon = (x / scale) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / scale;
  const lat = (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
  return { lat, lon };
}

/** Metres per screen pixel at a latitude and zoom. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** zoom);
}

/**
 * The view that fits every point in width×height with padding: an integer zoom (tiles exist
 * only at those) and the world-pixel of the top-left corner.
 */
export function fitView(points: LatLon[], width: number, height: number, padding = 32, maxZoom = 15) {
  if (points.length === 0) points = [{ lat: 55.751, lon: 37.618 }]; // Moscow, when there is nothing to show
  let zoom = maxZoom;
  for (; zoom > 2; zoom--) {
    const xs = points.map((p) => project(p, zoom));
    const w = Math.max(...xs.map((p) => p.x)) - Math.min(...xs.map((p) => p.x));
    const h = Math.max(...xs.map((p) => p.y)) - Math.min(...xs.map((p) => p.y));
    if (w <= width - 2 * padding && h <= height - 2 * padding) break;
  }
  const xs = points.map((p) => project(p, zoom));
  const cx = (Math.max(...xs.map((p) => p.x)) + Math.min(...xs.map((p) => p.x))) / 2;
  const cy = (Math.max(...xs.map((p) => p.y)) + Math.min(...xs.map((p) => p.y))) / 2;
  return { zoom, left: cx - width / 2, top: cy - height / 2 };
}

/** A round scale-bar length (1, 2 or 5 × 10ⁿ metres) no longer than maxPixels. */
export function scaleBar(lat: number, zoom: number, maxPixels = 120): { metres: number; pixels: number } {
  const mpp = metresPerPixel(lat, zoom);
  const max = mpp * maxPixels;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((k) => k * pow).find((m) => m <= max) ?? pow;
  return { metres, pixels: metres / mpp };
}
