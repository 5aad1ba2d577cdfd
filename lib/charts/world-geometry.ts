// The world map's geometry, projected once per process: world-atlas 1:110m shapes (ISO numeric ids
// = M49 codes) on an Equal Earth projection, and a marker point for each country too small to draw.
// Pure: the shapes are bundled data, nothing is read at run time.
import { createHash } from "node:crypto";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import worldCountries from "world-countries";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export type TWorldGeometry = {
  /** `ref` is the shape's id in the sprite (world-atlas has shapes without a code, and codes drawn as several shapes). */
  shapes: { ref: string; m49Code: string; d: string }[];
  /** Where to put a marker for countries too small for the 1:110m shapes (28 of the 194: Malta, Singapore, Pacific and Caribbean islands...). */
  markers: Map<string, [number, number]>;
  /** The sprite: every shape once, as `<path id=ref>` without a fill, for `<use>` to colour. */
  sprite: string;
  /** Changes when the shapes do, so the sprite can be cached for good under a versioned address. */
  spriteVersion: string;
};

let cached: TWorldGeometry | undefined;

export function worldGeometry(): TWorldGeometry {
  cached ??= (() => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
    // One decimal is a tenth of a pixel at the map's own size: finer digits only add bytes.
    const path = geoPath(projection).digits(1);
    const shapes = collection.features.map((f: Feature<Geometry, { name: string }>, i) => ({ ref: `s${i}`, m49Code: String(f.id ?? ""), d: path(f) ?? "" }));
    const drawn = new Set(shapes.map((s) => s.m49Code));
    const markers = new Map<string, [number, number]>();
    for (const c of worldCountries) {
      if (drawn.has(c.ccn3) || c.latlng.length !== 2) continue;
      const at = projection([c.latlng[1]!, c.latlng[0]!]);
      if (at) markers.set(c.ccn3, [Math.round(at[0] * 10) / 10, Math.round(at[1] * 10) / 10]);
    }
    const sprite =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><defs>` +
      shapes.map((s) => `<path id="${s.ref}" d="${s.d}"/>`).join("") +
      `</defs></svg>`;
    const spriteVersion = createHash("sha256").update(sprite).digest("hex").slice(0, 8);
    return { shapes, markers, sprite, spriteVersion };
  })();
  return cached;
}
