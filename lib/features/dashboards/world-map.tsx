// A server component: the TopoJSON and the projection stay on the server, the browser gets plain SVG links.
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import worldCountries from "world-countries";
import { colorFor } from "@/lib/charts/color-scale";
import styles from "./dashboards.module.css";

export type TMapValue = { m49Code: string; iso3: string; name: string; value: number | null; label: string; href: string };

const WIDTH = 960;
const HEIGHT = 470;

type TWorld = {
  shapes: { key: string; id: string; name: string; d: string }[];
  /** Where to put a marker for countries too small for the 1:110m shapes (28 of the 194: Malta, Singapore, Pacific and Caribbean islands...). */
  markers: Map<string, [number, number]>;
};
let cached: TWorld | undefined;

function worldGeometry(): TWorld {
  cached ??= (() => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], collection);
    const path = geoPath(projection);
    const shapes = collection.features.map((f: Feature<Geometry, { name: string }>, i) => ({
      key: `${String(f.id ?? "x")}-${i}`,
      id: String(f.id ?? ""),
      name: f.properties.name,
      d: path(f) ?? "",
    }));
    const drawn = new Set(shapes.map((s) => s.id));
    const markers = new Map<string, [number, number]>();
    for (const c of worldCountries) {
      if (drawn.has(c.ccn3) || c.latlng.length !== 2) continue;
      const at = projection([c.latlng[1]!, c.latlng[0]!]);
      if (at) markers.set(c.ccn3, [Math.round(at[0] * 10) / 10, Math.round(at[1] * 10) / 10]);
    }
    return { shapes, markers };
  })();
  return cached;
}

/** A choropleth of world-atlas (ISO numeric ids = M49 codes), with a dot for each country too small to draw; each links to its page. */
export function WorldMap({ values, max, title }: { values: TMapValue[]; max: number; title: string }) {
  const { shapes, markers } = worldGeometry();
  const byCode = new Map(values.map((v) => [v.m49Code, v]));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.map} role="group" aria-label={title} data-world-map>
      <title>{title}</title>
      {shapes.map((s) => {
        const v = byCode.get(s.id);
        if (!v) return <path key={s.key} d={s.d} fill="#ececec" aria-hidden="true" />;
        return (
          <a key={s.key} href={v.href} aria-label={v.label} data-country={v.iso3}>
            <title>{v.label}</title>
            <path d={s.d} fill={colorFor(v.value, max)} />
          </a>
        );
      })}
      {values.map((v) => {
        const at = markers.get(v.m49Code);
        if (!at) return null;
        return (
          <a key={`marker-${v.iso3}`} href={v.href} aria-label={v.label} data-country={v.iso3} data-marker>
            <title>{v.label}</title>
            <circle cx={at[0]} cy={at[1]} r={4} fill={colorFor(v.value, max)} stroke="#1d2433" strokeWidth={0.8} />
          </a>
        );
      })}
    </svg>
  );
}
