// A server component: the TopoJSON and the projection stay on the server, the browser gets plain SVG links.
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { colorFor } from "@/lib/charts/color-scale";
import styles from "./dashboards.module.css";

export type TMapValue = { m49Code: string; iso3: string; name: string; value: number | null; label: string };

const WIDTH = 960;
const HEIGHT = 470;

let cachedShapes: { key: string; id: string; name: string; d: string }[] | undefined;

function worldShapes() {
  cachedShapes ??= (() => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], collection);
    const path = geoPath(projection);
    return collection.features.map((f: Feature<Geometry, { name: string }>, i) => ({ key: `${String(f.id ?? "x")}-${i}`, id: String(f.id ?? ""), name: f.properties.name, d: path(f) ?? "" }));
  })();
  return cachedShapes;
}

/** A choropleth of world-atlas (ISO numeric ids = M49 codes); each known country links to its page. */
export function WorldMap({ values, max, hrefBase, title }: { values: TMapValue[]; max: number; hrefBase: string; title: string }) {
  const shapes = worldShapes();
  const byCode = new Map(values.map((v) => [v.m49Code, v]));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.map} role="img" aria-label={title} data-world-map>
      <title>{title}</title>
      {shapes.map((s) => {
        const v = byCode.get(s.id);
        if (!v) return <path key={s.key} d={s.d} fill="#ececec" aria-hidden="true" />;
        return (
          <a key={s.key} href={`${hrefBase}${v.iso3}`} aria-label={v.label} data-country={v.iso3}>
            <title>{v.label}</title>
            <path d={s.d} fill={colorFor(v.value, max)} />
          </a>
        );
      })}
    </svg>
  );
}
