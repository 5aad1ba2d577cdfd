import { fileURLToPath } from "node:url";

// Shared by the unit and integration configs: the `@/` alias, and the server-only marker as an empty
// module (outside Next's react-server bundle it would throw; tests import server code directly).
export const sharedResolve = {
  alias: {
    "@/": fileURLToPath(new URL("../../", import.meta.url)),
    "server-only": fileURLToPath(new URL("./server-only-stub.ts", import.meta.url)),
  },
};
